package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Closes one turn of the cycle and opens the next: the agreed situation picture of this turn becomes
 * the baseline, the next turn gets its number, id and name, and the answers of the finished turn
 * are cleared so its forms start empty.
 */
public class StartNextCycle implements JavaDelegate {

    static final String[] ANSWERS_OF_A_TURN = {
        "violenceTypes",
        "situationChecklist",
        "policeSummary",
        "policeSources",
        "teamAgreed",
        "agreementNote",
        "riskFactors",
        "protectiveFactors",
        "priorities",
        "ambitionLevel",
        "ambitionMotivation",
        "planChecklist",
        "steeringOutcome",
        "steeringComment",
        "steeringDecisionId",
        "revisionNote",
        "lessons",
        "spreadChannels",
        SITUATION_PICTURE_SUMMARY,
        ACTION_PLAN_SUMMARY
    };

    @Override
    public void execute(DelegateExecution execution) {
        if ("END".equals(execution.getVariable(NEXT_CYCLE))) {
            return;
        }
        int number = ((Number) execution.getVariable(CYCLE_NUMBER)).intValue() + 1;
        execution.setVariable(BASELINE_CYCLE_ID, execution.getVariable(CYCLE_ID));
        execution.setVariable(CYCLE_NUMBER, number);
        execution.setVariable(CYCLE_ID, cycleId(execution.getProcessInstanceId(), number));
        Object label = execution.getVariable(NEXT_CYCLE_LABEL);
        execution.setVariable(CYCLE_LABEL, label == null || label.toString().isBlank() ? "Cykel " + number : label);
        execution.removeVariable(NEXT_CYCLE_LABEL);
        for (String answer : ANSWERS_OF_A_TURN) {
            execution.removeVariable(answer);
        }
    }
}
