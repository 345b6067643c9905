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
                v.require(decidedBy == null, "decidedBy", "måste vara tomt så länge beslutet är " + status.label());
                v.require(decidedAt == null, "decidedAt", "måste vara tomt så länge beslutet är " + status.label());
            }
            boolean commented = status == DecisionStatus.REJECTED || status == DecisionStatus.RETURNED;
            if (commented) {
                v.requireText(comment, "comment", Violations.TEXT_MAX);
            } else {
                v.require(comment == null, "comment", "måste vara tomt så länge beslutet är " + status.label());
            }
            if (status == DecisionStatus.FOLLOWED_UP) {
                v.requireNonNull(followUpOutcome, "followUpOutcome");
            } else {
                v.require(
                        followUpOutcome == null,
                        "followUpOutcome",
                        "måste vara tomt tills ett fattat beslut har följts upp");
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
        requireStatus(DecisionStatus.PROPOSED, "beslutas");
        requireRouted("beslutas");
        return new Decision(proposal, DecisionStatus.APPROVED, decider, at, null, null);
    }

    public Decision reject(String decider, LocalDate at, String reason) {
        requireStatus(DecisionStatus.PROPOSED, "avslås");
        requireRouted("avslås");
        return new Decision(proposal, DecisionStatus.REJECTED, decider, at, reason, null);
    }

    public Decision returnForChanges(String comment) {
        requireStatus(DecisionStatus.PROPOSED, "återremitteras");
        return new Decision(proposal, DecisionStatus.RETURNED, null, null, comment, null);
    }

    /** Proposes a returned decision again, changed. The id stays; the follow-up date must not be in the past. */
    public Decision revise(DecisionProposal revised, LocalDate today) {
        requireStatus(DecisionStatus.RETURNED, "ändras och föreslås igen");
        if (!revised.id().equals(proposal.id())) {
            throw new IllegalArgumentException(
                    "Ett ändrat förslag till beslutet " + proposal.id() + " kan inte ha id " + revised.id());
        }
        return propose(revised, today);
    }

    public Decision recordFollowUp(FollowUpOutcome outcome) {
        requireStatus(DecisionStatus.APPROVED, "följas upp");
        if (outcome == null) {
            throw new IllegalArgumentException("En uppföljning måste ha ett utfall");
        }
        return new Decision(proposal, DecisionStatus.FOLLOWED_UP, decidedBy, decidedAt, null, outcome);
    }

    /** The same proposed decision, now routed to the role that decides it. */
    public Decision routedTo(String deciderRole) {
        requireStatus(DecisionStatus.PROPOSED, "skickas till en beslutsfattare");
        return new Decision(proposal.routedTo(deciderRole), status, null, null, null, null);
    }

    private void requireRouted(String action) {
        if (!proposal.hasDecider()) {
            throw new IllegalStateException("Beslutet " + proposal.id()
                    + " har inte skickats till någon beslutsfattare och kan inte " + action);
        }
    }

    private void requireStatus(DecisionStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("Beslutet " + proposal.id() + " är " + status.label() + "; bara ett "
                    + required.label() + " beslut kan " + action);
        }
    }
}
