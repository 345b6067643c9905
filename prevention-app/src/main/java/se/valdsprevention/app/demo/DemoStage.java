package se.valdsprevention.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The stage the demo's history is played on: a timeline of steps at chosen moments, the engine's clock moved from
 * one to the next, and every timer that falls due on the way executed as the job executor would execute it (except
 * the daily stall check, see {@link #STALL_CHECK}). Each step acts as a named user with the groups and tenant of
 * their role, so the engine's authorization, the four-eyes rule and the forms' server checks apply as in Tasklist.
 */
final class DemoStage {

    /**
     * The stall watch's daily timer. Run every day of two years it would only repeat itself, so the stage runs it
     * once for each cycle at the end ({@link #runStallChecks()}), which leaves its next run due tomorrow.
     */
    static final String STALL_CHECK = "progressCheckDue";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final List<String> tenants;
    private final PriorityQueue<Cue> cues =
            new PriorityQueue<>(Comparator.comparing(Cue::at).thenComparing(Cue::order));
    private final List<Reaction> reactions = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Set<String> stallChecks;
    private int order;
    private int executedJobs;
    private int completedTasks;

    DemoStage(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            ManagementService managementService,
            List<String> tenants) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.tenants = tenants;
    }

    /** A step of the story at {@code hour} o'clock in Sweden on {@code day}. */
    void at(LocalDate day, int hour, Runnable step) {
        at(day.atTime(hour, 0).atZone(EngineClock.zone()).toInstant(), step);
    }

    void at(Instant moment, Runnable step) {
        cues.add(new Cue(moment, order++, step));
    }

    /** What happens whenever a task of {@code taskKey} appears (a check-in falls due, an outcome arrives). */
    void whenTaskAppears(String taskKey, java.util.function.Consumer<Task> reaction) {
        reactions.add(new Reaction(taskKey, reaction));
    }

    /** Plays the story up to {@code end}: each step and each timer in the order of their moments. */
    void playUntil(Instant end) {
        while (true) {
            Instant nextCue = cues.isEmpty() ? null : cues.peek().at();
            Job nextJob = nextTimer();
            Instant jobDue = nextJob == null ? null : nextJob.getDuedate().toInstant();
            if ((nextCue == null || nextCue.isAfter(end)) && (jobDue == null || jobDue.isAfter(end))) {
                break;
            }
            if (jobDue != null && (nextCue == null || !jobDue.isAfter(nextCue))) {
                moveClockTo(jobDue);
                asEngine(() -> managementService.executeJob(nextJob.getId()));
                executedJobs++;
            } else {
                Cue cue = cues.poll();
                moveClockTo(cue.at());
                cue.step().run();
            }
            react();
        }
        moveClockTo(end);
    }

    /** Runs each cycle's daily stall check once now, as the job executor would today. */
    void runStallChecks() {
        for (Job job : managementService
                .createJobQuery()
                .activityId(STALL_CHECK)
                .tenantIdIn(tenants.toArray(String[]::new))
                .list()) {
            asEngine(() -> managementService.executeJob(job.getId()));
            executedJobs++;
        }
        react();
    }

    int executedJobs() {
        return executedJobs;
    }

    int completedTasks() {
        return completedTasks;
    }

    private Job nextTimer() {
        for (Job job : managementService
                .createJobQuery()
                .tenantIdIn(tenants.toArray(String[]::new))
                .orderByJobDuedate()
                .asc()
                .list()) {
            if (job.getDuedate() != null && !stallCheckDefinitions().contains(job.getJobDefinitionId())) {
                return job;
            }
        }
        return null;
    }

    private Set<String> stallCheckDefinitions() {
        if (stallChecks == null) {
            stallChecks = new HashSet<>();
            managementService
                    .createJobDefinitionQuery()
                    .activityIdIn(STALL_CHECK)
                    .list()
                    .forEach(definition -> stallChecks.add(definition.getId()));
        }
        return stallChecks;
    }

    /** Lets each reaction see the tasks that appeared since the last look, until no new one appears. */
    private void react() {
        String[] keys = reactions.stream().map(Reaction::taskKey).distinct().toArray(String[]::new);
        boolean again = true;
        while (again) {
            again = false;
            for (Task task : taskService
                    .createTaskQuery()
                    .tenantIdIn(tenants.toArray(String[]::new))
                    .taskDefinitionKeyIn(keys)
                    .list()) {
                if (seen.add(task.getId())) {
                    reactions.stream()
                            .filter(reaction -> reaction.taskKey().equals(task.getTaskDefinitionKey()))
                            .forEach(reaction -> reaction.reaction().accept(task));
                    again = true;
                }
            }
        }
    }

    private static void moveClockTo(Instant moment) {
        if (moment.isAfter(EngineClock.now())) {
            ClockUtil.setCurrentTime(Date.from(moment));
        }
    }

    /** Starts a process as {@code user} of {@code group} in the municipality. */
    String start(String processKey, String code, String user, String group, Map<String, Object> variables) {
        return as(user, group, code, () -> {
            ProcessInstance started = runtimeService.startProcessInstanceByKey(processKey, variables);
            return started.getId();
        });
    }

    /** Completes the open task {@code taskKey} of the process instance as {@code user} of {@code group}. */
    void complete(String processInstanceId, String taskKey, String user, String group, Map<String, Object> variables) {
        Task task = openTask(processInstanceId, taskKey);
        completeTask(task, user, group, variables);
    }

    void completeTask(Task task, String user, String group, Map<String, Object> variables) {
        as(user, group, task.getTenantId(), () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
        completedTasks++;
    }

    Task openTask(String processInstanceId, String taskKey) {
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .list();
        if (open.size() != 1) {
            throw new IllegalStateException("The demo history expected one open task " + taskKey + " in "
                    + processInstanceId + ", found " + open.size() + "; the process waits at "
                    + runtimeService.getActiveActivityIds(processInstanceId));
        }
        return open.get(0);
    }

    /** The process instance the cycle (or other process) called last with {@code processKey} and is running. */
    String calledBy(String superProcessInstanceId, String processKey) {
        return runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(superProcessInstanceId)
                .processDefinitionKey(processKey)
                .singleResult()
                .getId();
    }

    Object variable(String processInstanceId, String name) {
        return runtimeService.getVariable(processInstanceId, name);
    }

    /** The running instance of {@code processKey} in the municipality whose variable {@code name} is {@code value}. */
    String running(String processKey, String code, String name, Object value) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .tenantIdIn(code)
                .variableValueEquals(name, value)
                .singleResult()
                .getId();
    }

    private <T> T as(String user, String group, String code, java.util.function.Supplier<T> work) {
        identityService.setAuthentication(user, List.of(group), List.of(code));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void asEngine(Runnable work) {
        identityService.clearAuthentication();
        work.run();
    }

    private record Cue(Instant at, int order, Runnable step) {}

    private record Reaction(String taskKey, java.util.function.Consumer<Task> reaction) {}
}
