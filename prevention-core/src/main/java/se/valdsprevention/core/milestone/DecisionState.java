package se.valdsprevention.core.milestone;

import java.time.LocalDate;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.validation.Violations;

/**
 * Where the newest decision of one kind stands, and the date it was decided on: given once it is approved,
 * rejected or followed up, empty while it is proposed or returned.
 */
public record DecisionState(DecisionStatus status, LocalDate decidedOn) {

    public DecisionState {
        var v = new Violations();
        if (v.requireNonNull(status, "status")) {
            if (decided(status)) {
                v.requireNonNull(decidedOn, "decidedOn");
            } else {
                v.require(decidedOn == null, "decidedOn", "måste vara tomt så länge beslutet är " + status.label());
            }
        }
        v.throwIfAny();
    }

    public static DecisionState of(Decision decision) {
        return new DecisionState(decision.status(), decision.decidedAt());
    }

    /** Whether the decision was approved, whether or not it has been followed up since. */
    public boolean approved() {
        return status == DecisionStatus.APPROVED || status == DecisionStatus.FOLLOWED_UP;
    }

    public boolean followedUp() {
        return status == DecisionStatus.FOLLOWED_UP;
    }

    /** Whether a proposal is waiting for a decision (proposed, or returned for changes). */
    public boolean underWay() {
        return status == DecisionStatus.PROPOSED || status == DecisionStatus.RETURNED;
    }

    private static boolean decided(DecisionStatus status) {
        return status == DecisionStatus.APPROVED
                || status == DecisionStatus.REJECTED
                || status == DecisionStatus.FOLLOWED_UP;
    }
}
