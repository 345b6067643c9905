package se.valdsprevention.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.valdsprevention.core.decision.DecisionFixtures.TODAY;
import static se.valdsprevention.core.decision.DecisionFixtures.proposal;
import static se.valdsprevention.core.validation.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.validation.Refusals;

class DecisionTest {

    private static final LocalDate DECIDED = TODAY.plusDays(10);

    @Test
    void startsProposed() {
        var decision = DecisionFixtures.proposed();

        assertThat(decision.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(decision.id()).isEqualTo("ks-2025-12");
    }

    @Test
    void refusesAProposalWithAFollowUpDateInThePast() {
        assertRefused(
                () -> Decision.propose(
                        proposal().followUpDate(TODAY.minusDays(1)).build(), TODAY),
                "followUpDate",
                "får inte ligga i det förflutna (i dag är det 2025-03-03)");
    }

    @Test
    void acceptsAFollowUpDateOfToday() {
        assertThat(Decision.propose(proposal().followUpDate(TODAY).build(), TODAY)
                        .status())
                .isEqualTo(DecisionStatus.PROPOSED);
    }

    @Test
    void approvesAProposal() {
        var approved = DecisionFixtures.proposed().approve("Karin Sjöberg", DECIDED);

        assertThat(approved.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("Karin Sjöberg");
        assertThat(approved.decidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void refusesToApproveWithoutDecider() {
        assertRefused(() -> DecisionFixtures.proposed().approve(" ", DECIDED), "decidedBy", "måste fyllas i");
    }

    @Test
    void rejectsWithAReason() {
        var rejected = DecisionFixtures.proposed().reject("Karin Sjöberg", DECIDED, "Resurserna saknas i budgeten.");

        assertThat(rejected.status()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(rejected.comment()).isEqualTo("Resurserna saknas i budgeten.");
    }

    @Test
    void refusesToRejectWithoutReason() {
        assertRefused(
                () -> DecisionFixtures.proposed().reject("Karin Sjöberg", DECIDED, " "), "comment", "måste fyllas i");
    }

    @Test
    void returnsForChangesAndAcceptsARevision() {
        var returned = DecisionFixtures.proposed().returnForChanges("Ange timmar per verksamhet.");

        var revised = returned.revise(
                proposal().title("Mandat och timmar för kommunteamet").build(), TODAY);

        assertThat(returned.status()).isEqualTo(DecisionStatus.RETURNED);
        assertThat(revised.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(revised.comment()).isNull();
        assertThat(revised.proposal().title()).isEqualTo("Mandat och timmar för kommunteamet");
    }

    @Test
    void refusesARevisionUnderAnotherId() {
        var returned = DecisionFixtures.proposed().returnForChanges("Ange timmar.");

        assertThatThrownBy(() -> returned.revise(proposal().id("ks-2025-13").build(), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kan inte ha id ks-2025-13");
    }

    @Test
    void refusesToReviseAProposalThatWasNotReturned() {
        assertThatThrownBy(() -> DecisionFixtures.proposed().revise(proposal().build(), TODAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Beslutet ks-2025-12 är föreslaget; bara ett återremitterat beslut kan ändras och föreslås igen");
    }

    @Test
    void recordsTheFollowUpOfAnApprovedDecision() {
        var followedUp = DecisionFixtures.approved().recordFollowUp(DecisionFixtures.outcome());

        assertThat(followedUp.status()).isEqualTo(DecisionStatus.FOLLOWED_UP);
        assertThat(followedUp.decidedBy()).isEqualTo("Karin Sjöberg");
        assertThat(followedUp.followUpOutcome()).isEqualTo(DecisionFixtures.outcome());
    }

    @Test
    void refusesToFollowUpADecisionThatWasNotApproved() {
        assertThatThrownBy(() -> DecisionFixtures.proposed().recordFollowUp(DecisionFixtures.outcome()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Beslutet ks-2025-12 är föreslaget; bara ett beslutat beslut kan följas upp");
    }

    @Test
    void refusesToApproveTwice() {
        assertThatThrownBy(() -> DecisionFixtures.approved().approve("Karin Sjöberg", DECIDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Beslutet ks-2025-12 är beslutat; bara ett föreslaget beslut kan beslutas");
    }

    @Test
    void refusesToRejectOrReturnADecidedDecision() {
        var rejected = DecisionFixtures.proposed().reject("Karin Sjöberg", DECIDED, "Nej.");

        assertThatThrownBy(() -> rejected.approve("Karin Sjöberg", DECIDED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rejected.returnForChanges("Ändra.")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DecisionFixtures.approved().reject("K", DECIDED, "Nej."))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnApprovedDecisionWithoutDecider() {
        var refusal = assertRefused(
                () -> new Decision(proposal().build(), DecisionStatus.APPROVED, null, null, null, null),
                "decidedBy",
                "måste fyllas i");
        assertThat(refusal.violations()).extracting("path").contains("decidedAt");
    }

    @Test
    void refusesAProposedDecisionWithAnOutcome() {
        assertRefused(
                () -> new Decision(
                        proposal().build(), DecisionStatus.PROPOSED, null, null, null, DecisionFixtures.outcome()),
                "followUpOutcome",
                "måste vara tomt tills ett fattat beslut har följts upp");
    }

    @Test
    void refusesAFollowUpOutcomeWithoutEffect() {
        assertRefused(() -> new FollowUpOutcome(TODAY, "Använt.", Resources.none(), " "), "effect", "måste fyllas i");
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(Refusals.paths(() -> new Decision(null, null, null, null, null, null)))
                .containsExactly("proposal", "status");
    }

    @Test
    void reportsEveryMissingFieldOfAnOutcome() {
        assertThat(Refusals.paths(() -> new FollowUpOutcome(null, null, null, null)))
                .containsExactly("followedUpAt", "mandateUsed", "resourcesSpent", "effect");
    }

    @Test
    void refusesACommentOnAProposedDecision() {
        assertRefused(
                () -> new Decision(proposal().build(), DecisionStatus.PROPOSED, null, null, "Synpunkt.", null),
                "comment",
                "måste vara tomt så länge beslutet är föreslaget");
    }

    @Test
    void refusesAFollowedUpDecisionWithoutOutcome() {
        assertRefused(
                () -> new Decision(proposal().build(), DecisionStatus.FOLLOWED_UP, "Karin", DECIDED, null, null),
                "followUpOutcome",
                "måste fyllas i");
    }

    @Test
    void refusesToDecideAProposalThatWasNotRouted() {
        var unrouted =
                Decision.propose(DecisionFixtures.proposal().deciderRole(null).build(), DECIDED);

        assertThatThrownBy(() -> unrouted.approve("Karin Sjöberg", DECIDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("har inte skickats till någon beslutsfattare");
        assertThatThrownBy(() -> unrouted.reject("Karin Sjöberg", DECIDED, "Nej."))
                .isInstanceOf(IllegalStateException.class);
        assertThat(unrouted.routedTo("Kommunchef")
                        .approve("Karin Sjöberg", DECIDED)
                        .status())
                .isEqualTo(DecisionStatus.APPROVED);
    }
}
