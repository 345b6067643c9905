package se.valdsprevention.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.plan.AmbitionLevel;
import se.valdsprevention.core.plan.PreventionKind;
import se.valdsprevention.core.plan.PreventionLevel;
import se.valdsprevention.core.situation.SocioEcologicalLevel;
import se.valdsprevention.core.situation.ViolenceType;

class MethodBankTest {

    private final MethodBank bank = MethodFixtures.bank();

    private static List<String> ids(List<Method> methods) {
        return methods.stream().map(Method::id).toList();
    }

    @Test
    void findsEveryMethodInSwedishAlphabeticalOrder() {
        assertThat(ids(bank.search(MethodQuery.any())))
                .containsExactly("asking-about-violence", "mvp", "safety-walk", "dating-violence");
    }

    @Test
    void findsMethodsForAViolenceType() {
        var query = new MethodQuery(ViolenceType.CLOSE_RELATIONSHIPS, null, null, null, null, null);

        assertThat(ids(bank.search(query))).containsExactly("asking-about-violence", "mvp", "dating-violence");
    }

    @Test
    void combinesCriteria() {
        var query =
                new MethodQuery(ViolenceType.CLOSE_RELATIONSHIPS, PreventionLevel.UNIVERSAL, null, null, null, null);

        assertThat(ids(bank.search(query))).containsExactly("mvp");
    }

    @Test
    void matchesArenaAndTargetGroupAsCaseInsensitiveParts() {
        assertThat(ids(bank.search(new MethodQuery(null, null, null, "skola", null, null))))
                .containsExactly("mvp");
        assertThat(ids(bank.search(new MethodQuery(null, null, null, null, "UNGA", null))))
                .containsExactly("dating-violence");
    }

    @Test
    void findsEveryWordOfTheFreeTextAnywhere() {
        assertThat(ids(bank.search(new MethodQuery(null, null, null, null, null, "utvärderad elever"))))
                .containsExactly("mvp");
        assertThat(ids(bank.search(new MethodQuery(null, null, null, null, null, "utvärderad boende"))))
                .isEmpty();
    }

    @Test
    void sortsByAmbitionLevelThenName() {
        assertThat(ids(bank.search(MethodQuery.any(), MethodSort.AMBITION_LEVEL)))
                .containsExactly("asking-about-violence", "safety-walk", "mvp", "dating-violence");
    }

    @Test
    void sortsByPreventionLevelThenName() {
        assertThat(ids(bank.search(MethodQuery.any(), MethodSort.PREVENTION_LEVEL)))
                .containsExactly("mvp", "safety-walk", "dating-violence", "asking-about-violence");
    }

    @Test
    void filtersByAmbitionLevel() {
        var query = new MethodQuery(null, null, AmbitionLevel.GRUNDLAGGANDE, null, null, null);

        assertThat(ids(bank.search(query))).containsExactly("asking-about-violence", "safety-walk");
    }

    @Test
    void refusesTwoMethodsWithTheSameId() {
        assertRefused(
                () -> new MethodBank(List.of(MethodFixtures.mvp(), MethodFixtures.mvp())),
                "methods[1].id",
                "metod-id 'mvp' förekommer redan");
    }

    @Test
    void refusesAnOverlongSearchText() {
        assertRefused(() -> new MethodQuery(null, null, null, null, null, "x".repeat(201)), "text", "högst 200");
    }

    @Test
    void sortsNamesStartingWithSwedishLettersLast() {
        var aldre = new Method(
                "elderly",
                "Äldres trygghet",
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                "Äldreomsorg",
                "Äldre",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.GRUNDLAGGANDE,
                null);
        var bank = new MethodBank(List.of(aldre, MethodFixtures.datingViolence(), MethodFixtures.mvp()));

        assertThat(ids(bank.search(MethodQuery.any()))).containsExactly("mvp", "dating-violence", "elderly");
    }

    @Test
    void filtersByKindSocioEcologicalLevelAndPreventionKindAndSearchesDescriptions() {
        var campaign = new Method(
                "campaign",
                "Kampanj mot våld",
                List.of(ViolenceType.CLOSE_RELATIONSHIPS),
                "Kommunen",
                "Alla invånare",
                PreventionLevel.UNIVERSAL,
                AmbitionLevel.GRUNDLAGGANDE,
                null,
                MethodKind.COMMUNICATION_MATERIAL,
                "Affischer i busskurer.",
                null,
                List.of(SocioEcologicalLevel.SOCIETY),
                List.of(PreventionKind.SOCIAL, PreventionKind.SITUATIONAL),
                List.of(),
                List.of());
        var bank = new MethodBank(List.of(campaign, MethodFixtures.mvp(), MethodFixtures.safetyWalk()));

        assertThat(ids(bank.search(query(MethodKind.COMMUNICATION_MATERIAL, null, null))))
                .containsExactly("campaign");
        assertThat(ids(bank.search(query(null, SocioEcologicalLevel.SOCIETY, null))))
                .containsExactly("campaign");
        assertThat(ids(bank.search(query(null, null, PreventionKind.SITUATIONAL))))
                .containsExactly("campaign");
        assertThat(ids(bank.search(new MethodQuery(null, null, null, null, null, "busskurer"))))
                .containsExactly("campaign");
        assertThat(ids(bank.search(MethodQuery.any(), MethodSort.KIND)))
                .containsExactly("mvp", "safety-walk", "campaign");
        assertThat(ids(bank.search(MethodQuery.any(), MethodSort.ARENA)))
                .containsExactly("campaign", "safety-walk", "mvp");
    }

    private static MethodQuery query(MethodKind kind, SocioEcologicalLevel level, PreventionKind preventionKind) {
        return new MethodQuery(null, null, null, null, null, null, kind, level, preventionKind);
    }
}
