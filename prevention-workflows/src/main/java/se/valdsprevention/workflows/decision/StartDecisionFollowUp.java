package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.*;

import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Starts the follow-up of an approved decision ({@code decisionFollowUp}) as a process of its own, so
 * the decision process can end and return its outcome to a caller while the follow-up waits for its
 * date. Starting it is the engine's act, not the decider's, so it runs without the decider's grants.
 */
public class StartDecisionFollowUp implements JavaDelegate {

    static final String MESSAGE = "decisionApproved";

    /** The follow-up task appears at eight in the morning, Swedish time, on the follow-up date. */
    static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);

    private final DecisionRevisions revisions;

    public StartDecisionFollowUp(DecisionRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decisionId = (String) execution.getVariable(DECISION_ID);
        Decision decision = revisions
                .latest(decisionId)
                .orElseThrow(() -> new IllegalStateException("Decision " + decisionId + " is not saved"))
                .decision();
        String followUpAt = decision.proposal()
                .followUpDate()
                .atTime(FOLLOW_UP_TIME)
                .atZone(EngineClock.zone())
                .toOffsetDateTime()
                .toString();
        var variables = Variables.createVariables()
                .putValue(MUNICIPALITY_CODE, execution.getTenantId())
                .putValue(DECISION_ID, decisionId)
                .putValue(PROPOSER, decision.proposal().proposer())
                .putValue(TITLE, decision.proposal().title())
                .putValue(MANDATE, decision.proposal().mandate())
                .putValue(RESOURCES_SEK, decision.proposal().resources().sek().doubleValue())
                .putValue(
                        RESOURCES_HOURS, decision.proposal().resources().hours().doubleValue())
                .putValue(FOLLOW_UP_AT, followUpAt);
        StartedByTheApplication.start(() -> Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .createMessageCorrelation(MESSAGE)
                        .withoutTenantId()
                        .setVariables(variables)
                        .correlateStartMessage()));
    }
}
