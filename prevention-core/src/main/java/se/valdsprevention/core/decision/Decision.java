package se.valdsprevention.core.decision;

import java.time.LocalDate;
import se.valdsprevention.core.validation.Violations;

/**
 * A formal decision (beslut) by municipal leadership and where it stands. It starts {@link DecisionStatus#PROPOSED
 * proposed}; the decider approves, rejects (with a reason) or returns it for changes (with a comment); a returned
 * proposal can be revised and proposed again; an approved decision is followed up. Every change returns a new
 * decision and refuses what the current status does not allow.
 *
 * @param comment the reason for a rejection or the comment on a return; empty otherwise
 */
public record Decision(
        DecisionProposal proposal,
        DecisionStatus status,
        String decidedBy,
        LocalDate decidedAt,
        String comment,
        FollowUpOutcome followUpOutcome) {

    public Decision {
        decidedBy = Violations.blankToNull(decidedBy);
        comment = Violations.blankToNull(comment);
        var v = new Violations();
        v.requireNonNull(proposal, "proposal");
        if (v.requireNonNull(status, "status")) {
            boolean decided = status == DecisionStatus.APPROVED
                    || status == DecisionStatus.REJECTED
                    || status == DecisionStatus.FOLLOWED_UP;
            if (decided) {
                v.requireText(decidedBy, "decidedBy", Violations.NAME_MAX);
                v.requireNonNull(decidedAt, "decidedAt");
            } else {
                v.require(decidedBy == null, "decidedBy", "must be empty while the decision is " + status);
                v.require(decidedAt == null, "decidedAt", "must be empty while the decision is " + status);
            }
            boolean commented = status == DecisionStatus.REJECTED || status == DecisionStatus.RETURNED;
            if (commented) {
                v.requireText(comment, "comment", Violations.TEXT_MAX);
            } else {
                v.require(comment == null, "comment", "must be empty while the decision is " + status);
            }
            if (status == DecisionStatus.FOLLOWED_UP) {
                v.requireNonNull(followUpOutcome, "followUpOutcome");
            } else {
                v.require(
                        followUpOutcome == null,
                        "followUpOutcome",
                        "must be empty until an approved decision is followed up");
            }
        }
        v.throwIfAny();
    }

    /**
     * A new proposal. Refuses a follow-up date before {@code today}.
     *
     * @throws se.valdsprevention.core.validation.ValidationException when the follow-up date is in the past
     */
    public static Decision propose(DecisionProposal proposal, LocalDate today) {
        proposal.checkOn(today);
        return new Decision(proposal, DecisionStatus.PROPOSED, null, null, null, null);
    }

    public String id() {
        return proposal.id();
    }

    public Decision approve(String decider, LocalDate at) {
        requireStatus(DecisionStatus.PROPOSED, "approved");
        requireRouted("approved");
        return new Decision(proposal, DecisionStatus.APPROVED, decider, at, null, null);
    }

    public Decision reject(String decider, LocalDate at, String reason) {
        requireStatus(DecisionStatus.PROPOSED, "rejected");
        requireRouted("rejected");
        return new Decision(proposal, DecisionStatus.REJECTED, decider, at, reason, null);
    }

    public Decision returnForChanges(String comment) {
        requireStatus(DecisionStatus.PROPOSED, "returned for changes");
        return new Decision(proposal, DecisionStatus.RETURNED, null, null, comment, null);
    }

    /** Proposes a returned decision again, changed. The id stays; the follow-up date must not be in the past. */
    public Decision revise(DecisionProposal revised, LocalDate today) {
        requireStatus(DecisionStatus.RETURNED, "revised");
        if (!revised.id().equals(proposal.id())) {
            throw new IllegalArgumentException(
                    "A revision of decision " + proposal.id() + " cannot have the id " + revised.id());
        }
        return propose(revised, today);
    }

    public Decision recordFollowUp(FollowUpOutcome outcome) {
        requireStatus(DecisionStatus.APPROVED, "followed up");
        if (outcome == null) {
            throw new IllegalArgumentException("A follow-up needs an outcome");
        }
        return new Decision(proposal, DecisionStatus.FOLLOWED_UP, decidedBy, decidedAt, null, outcome);
    }

    /** The same proposed decision, now routed to the role that decides it. */
    public Decision routedTo(String deciderRole) {
        requireStatus(DecisionStatus.PROPOSED, "routed");
        return new Decision(proposal.routedTo(deciderRole), status, null, null, null, null);
    }

    private void requireRouted(String action) {
        if (!proposal.hasDecider()) {
            throw new IllegalStateException(
                    "Decision " + proposal.id() + " has not been routed to a decider and cannot be " + action);
        }
    }

    private void requireStatus(DecisionStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("Decision " + proposal.id() + " is " + status + "; only a " + required
                    + " decision can be " + action);
        }
    }
}
