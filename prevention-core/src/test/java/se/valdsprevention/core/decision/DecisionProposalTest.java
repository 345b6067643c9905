package se.valdsprevention.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.core.decision.DecisionFixtures.proposal;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class DecisionProposalTest {

    @Test
    void acceptsHttpAndHttpsLinks() {
        var links = List.of("http://intranet.norsjo.se/beslut/12", "https://www.norsjo.se/underlag.pdf");

        assertThat(proposal().supportingDocuments(links).build().supportingDocuments())
                .isEqualTo(links);
    }

    @Test
    void refusesLinksThatAreNotHttpOrHttps() {
        var refusal = assertRefused(
                () -> proposal()
                        .supportingDocuments(List.of(
                                "https://www.norsjo.se/ok.pdf",
                                "javascript:alert(1)",
                                "file:///etc/passwd",
                                "not a url"))
                        .build(),
                "supportingDocuments[1]",
                "måste vara en webbadress som börjar med http:// eller https://");
        assertThat(refusal.violations())
                .extracting("path")
                .containsExactly("supportingDocuments[1]", "supportingDocuments[2]", "supportingDocuments[3]");
    }

    @Test
    void refusesAParticipationMandateWithoutMandate() {
        assertRefused(() -> proposal().mandate(" ").build(), "mandate", "måste beskriva mandatet");
    }

    @Test
    void acceptsOtherDecisionsWithoutMandate() {
        assertThat(proposal().type(DecisionType.RESOURCES).mandate(null).build().mandate())
                .isNull();
    }

    @Test
    void refusesABlankTitle() {
        assertRefused(() -> proposal().title("").build(), "title", "måste fyllas i");
    }

    @Test
    void refusesNegativeResources() {
        assertRefused(() -> new Resources(new BigDecimal("-1"), BigDecimal.ONE), "sek", "får inte vara negativt");
        assertRefused(() -> new Resources(BigDecimal.ONE, null), "hours", "måste fyllas i");
    }

    @Test
    void refusesAProposalWithoutFollowUpDate() {
        assertRefused(() -> proposal().followUpDate(null).build(), "followUpDate", "måste fyllas i");
    }

    @Test
    void labelsDecisionTypesInSwedish() {
        assertThat(DecisionType.ACTION_PLAN_ADOPTION.label()).isEqualTo("antagande av handlingsplan");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(
                        () -> new DecisionProposal(null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly(
                        "id",
                        "type",
                        "municipalityCode",
                        "proposer",
                        "title",
                        "description",
                        "resources",
                        "followUpDate");
    }

    @Test
    void isMadeWithoutADeciderAndRoutedLater() {
        var unrouted = DecisionFixtures.proposal().deciderRole(" ").build();

        assertThat(unrouted.deciderRole()).isNull();
        assertThat(unrouted.hasDecider()).isFalse();
        assertThat(unrouted.routedTo("Kommunchef").deciderRole()).isEqualTo("Kommunchef");
        assertThat(unrouted.routedTo("Kommunchef"))
                .usingRecursiveComparison()
                .ignoringFields("deciderRole")
                .isEqualTo(unrouted);
    }
}
