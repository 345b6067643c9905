package se.valdsprevention.web.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.valdsprevention.web.PageNotFound;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.situation.ActionPlanRevision;
import se.valdsprevention.workflows.situation.ActionPlans;

/**
 * Finds the cycle whose plan the page shows: the running IAVP cycles of the municipality as the engine shows them
 * to the user, and whether one of them waits at a task during which the plan may change. The plan tasks are
 * looked up by the server itself, since team members edit the plan without being the tasks' candidates.
 */
@Component
class PlanCycles {

    static final String CYCLE_PROCESS = "iavpCycle";
    static final String PLAN_TASK = "planActivities";
    static final String REVISE_TASK = "reviseSteeringProposal";
    static final String FOLLOW_UP_TASK = "followUpPlan";
    static final int MAX_CYCLES = 50;

    private static final Pattern CYCLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ActionPlans plans;

    PlanCycles(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            ActionPlans plans) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.plans = plans;
    }

    /** Which cycle a request means: one, or a choice among several running ones, or none at all. */
    record Selection(PlanCycle cycle, List<PlanCycle> choices) {}

    /**
     * The cycle {@code cycleId} of the municipality, or without it the current one: the running cycle whose plan
     * may change now, otherwise the only running cycle.
     *
     * @throws PageNotFound for a cycle id that is no cycle of the municipality
     */
    Selection select(String code, String cycleId) {
        List<PlanCycle> running = running(code);
        if (cycleId != null) {
            if (!CYCLE_ID.matcher(cycleId).matches()) {
                throw noSuchCycle();
            }
            Optional<PlanCycle> current =
                    running.stream().filter(c -> c.cycleId().equals(cycleId)).findFirst();
            if (current.isPresent()) {
                return new Selection(current.get(), List.of());
            }
            List<ActionPlanRevision> history = plans.history(cycleId);
            if (!history.isEmpty() && history.get(0).municipalityCode().equals(code)) {
                return new Selection(new PlanCycle(null, cycleId, "Tidigare cykel", null, null), List.of());
            }
            throw noSuchCycle();
        }
        List<PlanCycle> open = running.stream().filter(PlanCycle::open).toList();
        if (open.size() == 1) {
            return new Selection(open.get(0), List.of());
        }
        if (open.size() > 1) {
            return new Selection(null, open);
        }
        if (running.size() == 1) {
            return new Selection(running.get(0), List.of());
        }
        return new Selection(null, running);
    }

    /** The earlier turns of the cycle's process that have a plan, newest first, as cycle ids. */
    List<String> earlierTurns(PlanCycle cycle) {
        if (cycle.processInstanceId() == null) {
            return List.of();
        }
        Object number = runtimeService.getVariable(cycle.processInstanceId(), CycleVariables.CYCLE_NUMBER);
        List<String> turns = new ArrayList<>();
        if (number instanceof Number n) {
            for (int turn = n.intValue() - 1; turn >= 1; turn--) {
                String id = CycleVariables.cycleId(cycle.processInstanceId(), turn);
                if (plans.latest(id).isPresent()) {
                    turns.add(id);
                }
            }
        }
        return turns;
    }

    /** The cycle's open plan task as the user sees it, for a link into Tasklist; empty when it is not theirs. */
    Optional<String> usersTask(PlanCycle cycle) {
        if (cycle.planTaskId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(taskService
                        .createTaskQuery()
                        .taskId(cycle.planTaskId())
                        .active()
                        .singleResult())
                .map(Task::getId);
    }

    /**
     * Runs {@code work} as the server, without the user's engine authorization: for what the page has already
     * checked the user may do (a team member saving the plan puts its summary on the coordinator's task).
     */
    <T> T asServer(Supplier<T> work) {
        return AsApplication.call(identityService, work);
    }

    private List<PlanCycle> running(String code) {
        List<ProcessInstance> instances = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CYCLE_PROCESS)
                .tenantIdIn(code)
                .active()
                .listPage(0, MAX_CYCLES);
        Map<String, Task> planTasks = new LinkedHashMap<>();
        asServer(() -> taskService
                        .createTaskQuery()
                        .tenantIdIn(code)
                        .processDefinitionKey(CYCLE_PROCESS)
                        .taskDefinitionKeyIn(PLAN_TASK, REVISE_TASK, FOLLOW_UP_TASK)
                        .active()
                        .list())
                .forEach(task -> planTasks.putIfAbsent(task.getProcessInstanceId(), task));
        List<PlanCycle> cycles = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            Map<String, Object> variables = runtimeService.getVariables(
                    instance.getId(), List.of(CycleVariables.CYCLE_ID, CycleVariables.CYCLE_LABEL));
            Object turn = variables.get(CycleVariables.CYCLE_ID);
            Object label = variables.get(CycleVariables.CYCLE_LABEL);
            Task task = planTasks.get(instance.getId());
            cycles.add(new PlanCycle(
                    instance.getId(),
                    turn == null ? instance.getId() : turn.toString(),
                    label == null ? "IAVP-cykel" : label.toString(),
                    task == null ? null : task.getId(),
                    task == null ? null : task.getTaskDefinitionKey()));
        }
        return cycles;
    }

    private static PageNotFound noSuchCycle() {
        return new PageNotFound("Kommunen har ingen cykel med den beteckningen bland dem du kan se.");
    }
}
