package se.valdsprevention.workflows.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Refuses to complete "Kartlägg arenor, verksamheter och samverkanspartner" unless the arenas are
 * described and known departments are chosen. The form checks the same in the browser, but the REST
 * API accepts any variables, so the rule is enforced here.
 */
public class CheckCollaborationMap implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        values.requireText("arenas", 4000);
        values.optionalText("partners", 4000);
        values.requireChoices("departments", DepartmentChoices.CODES);
        values.throwIfInvalid();
    }
}
