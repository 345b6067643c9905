package se.valdsprevention.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.plan.ActionPlanFixtures.activity;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class ActivityTest {

    @Test
    void acceptsAnActivityWithoutDecision() {
        assertThat(activity().decisionReference(" ").build().decisionReference())
                .isNull();
    }

    @Test
    void namesTheMethodItUsesOrNone() {
        assertThat(activity().methodId("mvp").build().methodId()).isEqualTo("mvp");
        assertThat(activity().methodId(" ").build().methodId()).isNull();
        assertThat(activity().build().methodId()).isNull();
    }

    @Test
    void refusesAMethodIdThatIsNoId() {
        assertRefused(() -> activity().methodId("<script>").build(), "methodId", "högst 64");
    }

    @Test
    void refusesAnActivityWithoutProgrammeTheory() {
        assertRefused(() -> activity().programmeTheory(null).build(), "programmeTheory", "måste fyllas i");
    }

    @Test
    void refusesAnActivityWithoutAmbitionLevel() {
        assertRefused(() -> activity().ambitionLevel(null).build(), "ambitionLevel", "måste fyllas i");
    }

    @Test
    void refusesATitleLongerThanTwoHundredCharacters() {
        assertRefused(() -> activity().title("x".repeat(201)).build(), "title", "högst 200 tecken");
    }

    @Test
    void refusesEveryBlankPartOfTheProgrammeTheory() {
        var refusal = assertRefused(() -> new ProgrammeTheory(" ", null, "", "\t"), "why", "måste fyllas i");
        assertThat(refusal.violations())
                .extracting("path")
                .containsExactly("why", "how", "shortTermOutcomes", "longTermOutcomes");
    }

    @Test
    void labelsAmbitionLevelsInSwedish() {
        assertThat(AmbitionLevel.GRUNDLAGGANDE.label()).isEqualTo("grundläggande");
        assertThat(AmbitionLevel.FORSKNING.label()).isEqualTo("forskningsnivå");
        assertThat(PreventionLevel.INDICATED.label()).isEqualTo("indikerad");
        assertThat(PreventionKind.SITUATIONAL.label()).isEqualTo("situationell");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Activity(null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly(
                        "id",
                        "title",
                        "department",
                        "responsibleRole",
                        "period",
                        "resources",
                        "preventionLevel",
                        "preventionKind",
                        "ambitionLevel",
                        "programmeTheory");
    }
}
