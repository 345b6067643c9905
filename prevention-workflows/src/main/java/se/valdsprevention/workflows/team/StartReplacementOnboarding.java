package se.valdsprevention.workflows.team;

import static se.valdsprevention.workflows.team.TeamVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts the introduction of the replacement the manager appointed, with the department to fill; the
 * coordinator checks the registration as for any newcomer. Starting it is the engine's act, so it
 * runs without the manager's grants.
 */
public class StartReplacementOnboarding implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var variables = Variables.createVariables()
                .putValue("municipalityCode", execution.getTenantId())
                .putValue(MEMBER_NAME, execution.getVariable(REPLACEMENT_NAME))
                .putValue(MEMBER_ID, execution.getVariable(REPLACEMENT_ID))
                .putValue(MEMBER_DEPARTMENT, execution.getVariable(GAP_DEPARTMENT))
                .putValue(
                        MEMBER_ROLE, "POLICE".equals(execution.getVariable(GAP_DEPARTMENT)) ? "POLICE" : "TEAM_MEMBER")
                .putValue(MEMBER_START_DATE, execution.getVariable(REPLACEMENT_START_DATE))
                .putValue(REPLACES_DEPARTMENT_LABEL, execution.getVariable(GAP_DEPARTMENT_LABEL));
        Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .startProcessInstanceByKey("teamOnboarding", variables));
    }
}
