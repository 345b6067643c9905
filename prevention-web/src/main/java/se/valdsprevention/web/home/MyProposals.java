package se.valdsprevention.web.home;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.identity.DisplayNames;

/** The decisions the user proposed and what became of them: how a proposer learns the outcome. */
class MyProposals {

    static final int SHOWN = 20;

    private final DecisionRevisions decisions;
    private final IdentityService identityService;
    private final MunicipalityNames names;
    private final SwedishDates dates;

    MyProposals(
            DecisionRevisions decisions, IdentityService identityService, MunicipalityNames names, SwedishDates dates) {
        this.decisions = decisions;
        this.identityService = identityService;
        this.names = names;
        this.dates = dates;
    }

    List<ProposalOutcome> of(WorkspaceUser user) {
        return decisions.proposedBy(user.id(), SHOWN).stream()
                .filter(revision -> user.mayRead(revision.municipalityCode()))
                .map(this::outcome)
                .toList();
    }

    private ProposalOutcome outcome(DecisionRevision revision) {
        Decision decision = revision.decision();
        String decidedBy = decision.decidedBy() == null ? null : DisplayNames.of(identityService, decision.decidedBy());
        return new ProposalOutcome(
                decision.proposal().title(),
                names.of(revision.municipalityCode()),
                decision.status().label(),
                decision.status() == DecisionStatus.PROPOSED,
                decision.proposal().deciderRole(),
                decidedBy,
                decision.decidedAt() == null ? "" : dates.date(decision.decidedAt()),
                decision.comment());
    }

    /** A proposal as the start page lists it. */
    public record ProposalOutcome(
            String title,
            String municipality,
            String status,
            boolean waiting,
            String deciderRole,
            String decidedBy,
            String decidedOn,
            String comment) {}
}
