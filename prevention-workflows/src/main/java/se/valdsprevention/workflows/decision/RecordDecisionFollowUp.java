package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.FollowUpOutcome;
import se.valdsprevention.core.decision.Resources;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;

/** Saves what came of an approved decision as its follow-up revision, or keeps the task open with the fields to fix. */
public class RecordDecisionFollowUp implements JavaDelegate {

    private final DecisionRevisions revisions;

    public RecordDecisionFollowUp(DecisionRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubmittedValues values = new SubmittedValues(execution, "follow-up-decision");
        String mandateUsed = values.requireText(MANDATE_USED, 10_000);
        BigDecimal spentSek = values.requireDecimal(SPENT_SEK, BigDecimal.ZERO);
        BigDecimal spentHours = values.requireDecimal(SPENT_HOURS, BigDecimal.ZERO);
        String effect = values.requireText(EFFECT, 10_000);
        values.throwIfInvalid();

        String decisionId = (String) execution.getVariable(DECISION_ID);
        Decision approved = revisions
                .latest(decisionId)
                .orElseThrow(() -> new IllegalStateException("Decision " + decisionId + " is not saved"))
                .decision();
        Decision followedUp = approved.recordFollowUp(
                new FollowUpOutcome(EngineClock.today(), mandateUsed, new Resources(spentSek, spentHours), effect));
        String author = CurrentUser.id().orElse((String) execution.getVariable(PROPOSER));
        revisions.append(followedUp, author, EngineClock.now(), execution.getProcessInstanceId());
    }
}
