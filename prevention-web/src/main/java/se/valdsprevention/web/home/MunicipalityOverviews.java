package se.valdsprevention.web.home;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.web.security.WorkspaceUser;
import se.valdsprevention.workflows.cycle.CycleVariables;

/**
 * Builds the start page's view of each municipality as the engine shows it to the user: the request runs as the
 * user inside the engine, so the task queries list exactly what Tasklist would.
 */
@Component
class MunicipalityOverviews {

    static final String CYCLE_PROCESS = "iavpCycle";
    static final int MAX_TASKS = 50;
    static final int MAX_CYCLES = 100;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final MunicipalityNames names;
    private final SwedishDates dates;

    MunicipalityOverviews(
            RuntimeService runtimeService,
            TaskService taskService,
            HistoryService historyService,
            IdentityService identityService,
            MunicipalityNames names,
            SwedishDates dates) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.names = names;
        this.dates = dates;
    }

    List<MunicipalityOverview> of(WorkspaceUser user, String webappPath) {
        List<MunicipalityOverview> overviews = new ArrayList<>();
        for (String code : user.municipalityCodes()) {
            overviews.add(overview(user, code, webappPath));
        }
        return overviews;
    }

    private MunicipalityOverview overview(WorkspaceUser user, String code, String webappPath) {
        ProcessInstance cycle = newest(runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CYCLE_PROCESS)
                .tenantIdIn(code)
                .active()
                .listPage(0, MAX_CYCLES));
        String label = null;
        String step = null;
        boolean stalled = false;
        if (cycle != null) {
            Map<String, Object> variables = runtimeService.getVariables(
                    cycle.getId(),
                    List.of(CycleVariables.CYCLE_LABEL, CycleVariables.CURRENT_STEP, CycleVariables.STALLED));
            label = text(variables.get(CycleVariables.CYCLE_LABEL), "IAVP-cykel");
            step = text(variables.get(CycleVariables.CURRENT_STEP), "");
            stalled = Boolean.TRUE.equals(variables.get(CycleVariables.STALLED));
        }
        List<MunicipalityOverview.OpenTask> tasks = taskService
                .createTaskQuery()
                .tenantIdIn(code)
                .active()
                .or()
                .taskAssignee(user.id())
                .taskCandidateUser(user.id())
                .endOr()
                .orderByTaskCreateTime()
                .asc()
                .listPage(0, MAX_TASKS)
                .stream()
                .map(task -> openTask(task, user, webappPath))
                .toList();
        return new MunicipalityOverview(code, names.of(code), label, step, stalled, tasks);
    }

    /**
     * With several running cycles, the one started last, as on the situation picture page (process ids are UUIDs
     * and say nothing of age). The start times are read as the server: the user may see the running cycles but not
     * necessarily their history.
     */
    private ProcessInstance newest(List<ProcessInstance> running) {
        if (running.size() <= 1) {
            return running.isEmpty() ? null : running.get(0);
        }
        String newest = AsApplication.call(
                identityService,
                () -> historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceIds(new HashSet<>(
                                running.stream().map(ProcessInstance::getId).toList()))
                        .orderByProcessInstanceStartTime()
                        .desc()
                        .listPage(0, 1)
                        .stream()
                        .map(HistoricProcessInstance::getId)
                        .findFirst()
                        .orElse(null));
        return running.stream()
                .filter(instance -> instance.getId().equals(newest))
                .findFirst()
                .orElse(running.get(0));
    }

    private MunicipalityOverview.OpenTask openTask(Task task, WorkspaceUser user, String webappPath) {
        return new MunicipalityOverview.OpenTask(
                task.getId(),
                task.getName(),
                task.getAssignee(),
                task.getCreateTime() == null
                        ? ""
                        : dates.dateTime(task.getCreateTime().toInstant()),
                webappPath + "/app/tasklist/default/#/?task=" + task.getId(),
                user.id().equals(task.getAssignee()));
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : value.toString();
    }
}
