package se.valdsprevention.workflows.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import se.valdsprevention.workflows.county.DecisionProperties;

/**
 * Gives a new decision process the county's limits for the routing table and its reminder and
 * escalation times, so they are fixed for the life of the proposal even if the configuration changes.
 */
public class ApplyDecisionSettings implements ExecutionListener {

    private final DecisionProperties settings;

    public ApplyDecisionSettings(DecisionProperties settings) {
        this.settings = settings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("managerMaxSek", settings.getManagerMaxSek().doubleValue());
        execution.setVariable("managerMaxHours", settings.getManagerMaxHours().doubleValue());
        execution.setVariable("boardChairMaxSek", settings.getBoardChairMaxSek().doubleValue());
        execution.setVariable("reminderAfter", settings.getReminderAfter().toString());
        execution.setVariable("escalationAfter", settings.getEscalationAfter().toString());
    }
}
