package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;
import se.valdsprevention.workflows.identity.DisplayNames;
import se.valdsprevention.workflows.notification.Notifications;

/**
 * Saves the decider's verdict (bifall, avslag or återremiss) on the stored proposal as a new
 * revision, in the same transaction as the approval task's completion, and tells the process (and a
 * calling process) the outcome.
 */
public class RecordDecision implements JavaDelegate {

    /** What the decider chooses in the form. */
    enum Verdict {
        APPROVE,
        REJECT,
        RETURN
    }

    private final DecisionRevisions revisions;
    private final Notifications notifications;

    public RecordDecision(DecisionRevisions revisions, Notifications notifications) {
        this.revisions = revisions;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubmittedValues values = new SubmittedValues(execution, "approve-decision");
        Verdict verdict = values.requireChoice(VERDICT, Verdict.class);
        String comment = verdict == null || verdict == Verdict.APPROVE
                ? values.optionalText(VERDICT_COMMENT, 10_000)
                : values.requireText(VERDICT_COMMENT, 10_000);
        values.throwIfInvalid();

        String decisionId = (String) execution.getVariable(DECISION_ID);
        Decision proposed = revisions
                .latest(decisionId)
                .orElseThrow(() -> new IllegalStateException("Decision " + decisionId + " has no saved proposal"))
                .decision();
        String decider = (String) execution.getVariable(DECIDED_BY);
        Decision decided = switch (verdict) {
            case APPROVE -> proposed.approve(decider, EngineClock.today());
            case REJECT -> proposed.reject(decider, EngineClock.today(), comment);
            case RETURN -> proposed.returnForChanges(comment);
        };
        revisions.append(decided, decider, EngineClock.now(), execution.getProcessInstanceId());
        execution.setVariable(OUTCOME, decided.status().name());
        execution.setVariable(COMMENT, decided.comment());
        if (verdict != Verdict.RETURN) {
            tellTheProposer(execution, decided);
        } else {
            notifications.decisionReturned(decided.proposal().proposer(), execution.getTenantId());
        }
        execution.removeVariable(VERDICT);
        execution.removeVariable(VERDICT_COMMENT);
    }

    /**
     * Starts {@code decisionOutcome}: a task in the proposer's Tasklist with the verdict, the decider and the
     * comment. A returned proposal needs none, it goes back to the proposer's own task.
     */
    private static void tellTheProposer(DelegateExecution execution, Decision decided) {
        String decider = decided.decidedBy();
        var variables = Variables.createVariables()
                .putValue(MUNICIPALITY_CODE, execution.getTenantId())
                .putValue(DECISION_ID, decided.id())
                .putValue(TITLE, decided.proposal().title())
                .putValue(PROPOSER, decided.proposal().proposer())
                .putValue(OUTCOME_TEXT, decided.status() == DecisionStatus.APPROVED ? "Bifall" : "Avslag")
                .putValue(
                        DECIDER_NAME,
                        decider == null
                                ? ""
                                : DisplayNames.of(
                                        execution.getProcessEngineServices().getIdentityService(), decider))
                .putValue(COMMENT, decided.comment() == null ? "" : decided.comment());
        // The decider may not start processes; the notice is the application's, in the decision's transaction.
        StartedByTheApplication.start(() -> Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .createMessageCorrelation(OUTCOME_MESSAGE)
                        .withoutTenantId()
                        .setVariables(variables)
                        .correlateStartMessage()));
    }
}
