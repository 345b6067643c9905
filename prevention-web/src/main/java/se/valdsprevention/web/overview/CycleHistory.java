package se.valdsprevention.web.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.cycle.CycleVariables;

/**
 * What the engine's own history says about a municipality's work: its running cycle, step and open tasks there, its
 * cycles and their steps, open decisions and the introductions of replacements. The pages have already checked
 * that the user may see the municipality; the queries run as the server, always restricted to its tenant.
 */
class CycleHistory {

    static final String CYCLE_PROCESS = "iavpCycle";
    static final String DECISION_PROCESS = "municipalDecision";
    static final String ONBOARDING_PROCESS = "teamOnboarding";
    /** Set only on the introduction of a replacement, started when a member left (StartReplacementOnboarding). */
    static final String REPLACES_DEPARTMENT = "replacesDepartmentLabel";

    static final int MAX_CYCLES = 100;
    static final int MAX_INSTANCES = 500;

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    CycleHistory(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** The municipality's running cycle (the one started last when several run), if any. */
    Optional<RunningCycle> current(String municipalityCode) {
        return asServer(() -> historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(CYCLE_PROCESS)
                .tenantIdIn(municipalityCode)
                .active()
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .map(this::running));
    }

    private RunningCycle running(HistoricProcessInstance cycle) {
        String id = cycle.getId();
        Map<String, Object> variables =
                runtimeService.getVariables(id, List.of(CycleVariables.CYCLE_LABEL, CycleVariables.STALLED));
        HistoricActivityInstance step = historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .activityType("subProcess")
                .unfinished()
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .list()
                .stream()
                .filter(activity ->
                        HandbookStep.ofActivity(activity.getActivityId()).isPresent())
                .findFirst()
                .orElse(null);
        HandbookStep handbookStep = step == null
                ? null
                : HandbookStep.ofActivity(step.getActivityId()).orElseThrow();
        return new RunningCycle(
                id,
                label(variables.get(CycleVariables.CYCLE_LABEL)),
                handbookStep,
                step == null ? null : step.getStartTime().toInstant(),
                handbookStep == null ? List.of() : openWork(id, handbookStep),
                Boolean.TRUE.equals(variables.get(CycleVariables.STALLED)));
    }

    /** The names of what waits inside the step: its user tasks and called processes (such as a decision). */
    private List<String> openWork(String processInstanceId, HandbookStep step) {
        ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
        List<String> names = new ArrayList<>();
        if (tree == null) {
            return names;
        }
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            if (child.getActivityId().equals(step.activityId())) {
                for (ActivityInstance work : child.getChildActivityInstances()) {
                    if (work.getActivityName() != null && !names.contains(work.getActivityName())) {
                        names.add(work.getActivityName());
                    }
                }
            }
        }
        return names;
    }

    /** The municipality's running decision processes: how many and when the oldest was started. */
    OpenDecisions openDecisions(String municipalityCode) {
        return asServer(() -> {
            List<HistoricProcessInstance> open = historyService
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(DECISION_PROCESS)
                    .tenantIdIn(municipalityCode)
                    .unfinished()
                    .orderByProcessInstanceStartTime()
                    .asc()
                    .listPage(0, MAX_INSTANCES);
            return new OpenDecisions(
                    open.size(),
                    open.isEmpty() ? null : open.get(0).getStartTime().toInstant());
        });
    }

    /** The introductions of replacements started since {@code since}: how many, and how many have ended. */
    Replacements replacementsSince(String municipalityCode, Instant since) {
        return asServer(() -> {
            Set<String> replacementIntroductions = historyService
                    .createHistoricVariableInstanceQuery()
                    .variableName(REPLACES_DEPARTMENT)
                    .tenantIdIn(municipalityCode)
                    .listPage(0, MAX_INSTANCES)
                    .stream()
                    .map(HistoricVariableInstance::getProcessInstanceId)
                    .collect(Collectors.toSet());
            if (replacementIntroductions.isEmpty()) {
                return new Replacements(0, 0);
            }
            List<HistoricProcessInstance> started = historyService
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ONBOARDING_PROCESS)
                    .processInstanceIds(new HashSet<>(replacementIntroductions))
                    .tenantIdIn(municipalityCode)
                    .startedAfter(Date.from(since))
                    .listPage(0, MAX_INSTANCES);
            int onboarded = (int) started.stream()
                    .filter(instance ->
                            instance.getEndTime() != null && "memberOnboarded".equals(instance.getEndActivityId()))
                    .count();
            return new Replacements(started.size(), onboarded);
        });
    }

    /** Every cycle of the municipality, oldest first, each with its steps in the order they began. */
    List<CycleRecord> cycles(String municipalityCode) {
        return asServer(() -> {
            List<HistoricProcessInstance> cycles = historyService
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(CYCLE_PROCESS)
                    .tenantIdIn(municipalityCode)
                    .orderByProcessInstanceStartTime()
                    .asc()
                    .listPage(0, MAX_CYCLES);
            List<CycleRecord> records = new ArrayList<>();
            for (HistoricProcessInstance cycle : cycles) {
                records.add(record(cycle));
            }
            return records;
        });
    }

    private CycleRecord record(HistoricProcessInstance cycle) {
        HistoricVariableInstance label = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(cycle.getId())
                .variableName(CycleVariables.CYCLE_LABEL)
                .singleResult();
        List<HistoricActivityInstance> steps = historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(cycle.getId())
                .activityType("subProcess")
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .filter(activity ->
                        HandbookStep.ofActivity(activity.getActivityId()).isPresent())
                .toList();
        List<StepRecord> records = new ArrayList<>();
        int turn = 1;
        int previous = 0;
        for (HistoricActivityInstance activity : steps) {
            HandbookStep step =
                    HandbookStep.ofActivity(activity.getActivityId()).orElseThrow();
            if (step.number() <= previous) {
                turn++;
            }
            previous = step.number();
            records.add(new StepRecord(
                    turn,
                    step,
                    activity.getStartTime().toInstant(),
                    activity.getEndTime() == null ? null : activity.getEndTime().toInstant()));
        }
        return new CycleRecord(
                cycle.getId(),
                label(label == null ? null : label.getValue()),
                cycle.getStartTime().toInstant(),
                cycle.getEndTime() == null ? null : cycle.getEndTime().toInstant(),
                records);
    }

    private <T> T asServer(Supplier<T> work) {
        return AsApplication.call(identityService, work);
    }

    private static String label(Object value) {
        return value == null ? "IAVP-cykel" : value.toString();
    }

    /** The running cycle: its handbook step (null before the first step begins) and the names of the open work. */
    record RunningCycle(
            String processInstanceId,
            String label,
            HandbookStep step,
            Instant stepStartedAt,
            List<String> openWork,
            boolean stalled) {}

    /** The open decisions: {@code oldestStartedAt} is null when there are none. */
    record OpenDecisions(int count, Instant oldestStartedAt) {}

    /** Replacements whose introduction started, and those of them who finished it. */
    record Replacements(int started, int onboarded) {}

    /** A cycle (one process instance, which may run several turns) and its steps; {@code endedAt} null while running. */
    record CycleRecord(
            String processInstanceId, String label, Instant startedAt, Instant endedAt, List<StepRecord> steps) {}

    /** One step of one turn of a cycle; {@code endedAt} null while it runs. */
    record StepRecord(int turn, HandbookStep step, Instant startedAt, Instant endedAt) {}
}
