package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.PROPOSER;
import static se.valdsprevention.workflows.decision.DecisionVariables.PROPOSER_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.identity.DisplayNames;

/**
 * Refuses to complete "Förbered beslutsförslag" until the proposal is complete and valid, before the
 * routing table reads it. The user who completes the task becomes the proposer.
 */
public class CheckProposal implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String proposer = CurrentUser.id()
                .orElseThrow(() -> InvalidSubmissionException.of(
                        PROPOSER, "Förslaget måste lämnas av en inloggad användare, som blir förslagsställare."));
        ProposalForm.read(task, task.getTenantId(), proposer, null, EngineClock.today());
        task.getExecution().setVariable(PROPOSER, proposer);
        task.getExecution()
                .setVariable(
                        PROPOSER_NAME,
                        DisplayNames.of(task.getProcessEngineServices().getIdentityService(), proposer));
    }
}
