package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import se.valdsprevention.workflows.form.InvalidSubmissionException;
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Starts a municipality's IAVP work: checks the cycle's name and numbers the first turn of the cycle.
 */
public class StartCycle implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        SubmittedValues values = new SubmittedValues(execution);
        values.requireText(CYCLE_LABEL, 100);
        values.throwIfInvalid();
        if (execution.getVariable(CURRENT_STEP) != null) {
            throw InvalidSubmissionException.of(
                    CURRENT_STEP, "Steget sätts av processen och kan inte anges när cykeln startas.");
        }
        execution.setVariable(CYCLE_NUMBER, 1);
        execution.setVariable(CYCLE_ID, cycleId(execution.getProcessInstanceId(), 1));
        execution.setVariable(CURRENT_STEP, "Steg 1: Initiera samverkan");
    }
}
