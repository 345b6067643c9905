package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.DECIDED_BY;
import static se.valdsprevention.workflows.decision.DecisionVariables.PROPOSER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.workflows.engine.CurrentUser;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * Four eyes: whoever proposed a decision can neither claim nor complete its approval. The engine
 * enforces it here for every way in (Tasklist, REST API, Java API); the decision is taken by the
 * logged-in user who completes the task.
 */
public class FourEyes implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String proposer = (String) task.getVariable(PROPOSER);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null && task.getAssignee().equals(proposer)) {
                throw InvalidSubmissionException.of(
                        "assignee",
                        "'" + proposer + "' har lämnat förslaget och kan inte också fatta beslutet (fyra ögon).");
            }
            return;
        }
        String decider = CurrentUser.id()
                .orElseThrow(() -> InvalidSubmissionException.of(
                        DECIDED_BY,
                        "Beslutet måste fattas av en inloggad användare, som registreras som beslutsfattare."));
        if (decider.equals(proposer)) {
            throw InvalidSubmissionException.of(
                    DECIDED_BY,
                    "Du ('" + decider + "') har lämnat förslaget och kan inte också fatta beslutet (fyra ögon).");
        }
        task.getExecution().setVariable(DECIDED_BY, decider);
    }
}
