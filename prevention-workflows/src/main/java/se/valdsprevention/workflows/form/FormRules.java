package se.valdsprevention.workflows.form;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The server-side rules of a form whose fields need no more than {@link SubmittedValues} checks:
 * register it as a complete-listener and the task stays open until every rule holds.
 */
public class FormRules implements TaskListener {

    private final Consumer<SubmittedValues> rules;

    public FormRules(Consumer<SubmittedValues> rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        SubmittedValues values = new SubmittedValues(task);
        rules.accept(values);
        values.throwIfInvalid();
    }
}
