package se.valdsprevention.workflows.decision;

import static se.valdsprevention.workflows.decision.DecisionVariables.*;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Saves the proposal, routed to the decider the table {@code decisionRouting} chose, as a new
 * revision, and hands the decider's role and Tasklist group to the approval task.
 */
public class RecordProposal implements JavaDelegate {

    private final DecisionRevisions revisions;

    public RecordProposal(DecisionRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<?, ?> routing = (Map<?, ?>) execution.getVariable(ROUTING);
        if (routing == null || routing.get(DECIDER_ROLE) == null || routing.get(DECIDER_GROUP) == null) {
            throw new IllegalStateException("The table decisionRouting gave no deciderRole and deciderGroup for "
                    + execution.getVariable(TYPE) + "; every proposal must have a decider");
        }
        String deciderRole = routing.get(DECIDER_ROLE).toString();
        String proposer = (String) execution.getVariable(PROPOSER);
        Decision decision =
                ProposalForm.read(execution, execution.getTenantId(), proposer, deciderRole, EngineClock.today());
        revisions.append(decision, proposer, EngineClock.now(), execution.getProcessInstanceId());
        execution.removeVariable(ROUTING);
        execution.setVariable(DECISION_ID, decision.id());
        execution.setVariable(DECIDER_ROLE, deciderRole);
        execution.setVariable(DECIDER_GROUP, routing.get(DECIDER_GROUP).toString());
        execution.setVariable(
                DECIDER_REASON,
                DeciderReason.of(
                        deciderRole,
                        routing.get(DECIDER_GROUP).toString(),
                        decision.proposal().resources(),
                        number(execution.getVariable("managerMaxSek")),
                        number(execution.getVariable("managerMaxHours")),
                        number(execution.getVariable("boardChairMaxSek"))));
        execution.removeVariable(COMMENT);
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
