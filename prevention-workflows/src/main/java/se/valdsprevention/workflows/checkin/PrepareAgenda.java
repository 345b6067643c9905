package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Writes the agenda of "Genomför månadsavstämning" from where the municipality stands: the cycle's
 * current step, actions from earlier check-ins that are overdue or still open, the municipality's
 * overdue and open tasks, and decisions still under way. The agenda is read for the whole
 * municipality, whoever (or whichever timer) starts the check-in, so it is read without the
 * starter's authorizations but never outside the municipality's tenant.
 */
public class PrepareAgenda implements JavaDelegate {

    /** More items of one kind than this are summed up in one line, so the agenda stays readable. */
    static final int MAX_ITEMS_PER_KIND = 15;

    static final String CHECK_IN_PROCESS = "checkIn";
    static final String DECISION_PROCESS = "municipalDecision";
    static final String DECISION_TITLE = "decisionTitle";

    private final MeetingRevisions meetings;

    public PrepareAgenda(MeetingRevisions meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String municipalityCode = execution.getTenantId();
        LocalDate today = EngineClock.today();
        Date now = Date.from(EngineClock.now());
        ProcessEngineServices engine = execution.getProcessEngineServices();

        List<String> items = new ArrayList<>();
        Object step = execution.getVariable(CURRENT_STEP);
        if (step != null && !step.toString().isBlank()) {
            items.add(Agenda.line("Aktuellt steg", step.toString()));
        }
        List<String> overdueActions = new ArrayList<>();
        List<String> openActions = new ArrayList<>();
        // A protocol still being written on the page is a draft: its actions are not agreed until it is completed.
        Set<String> drafting = Context.getCommandContext()
                .runWithoutAuthorization(() -> engine
                        .getTaskService()
                        .createTaskQuery()
                        .processDefinitionKey(CHECK_IN_PROCESS)
                        .taskDefinitionKey(CheckInProtocols.TASK)
                        .tenantIdIn(municipalityCode)
                        .list()
                        .stream()
                        .map(Task::getProcessInstanceId)
                        .collect(Collectors.toSet()));
        for (MeetingRevision earlier : meetings.latestIn(municipalityCode)) {
            if (drafting.contains(earlier.processInstanceId())) {
                continue;
            }
            for (MeetingAction action : earlier.meeting().actions()) {
                if (action.status() != ActionStatus.OPEN) {
                    continue;
                }
                String line = describe(action, earlier.meeting().date());
                if (action.isOverdue(today)) {
                    overdueActions.add(Agenda.line("Försenad åtgärd", line));
                } else {
                    openActions.add(Agenda.line("Öppen åtgärd", line));
                }
            }
        }
        List<String> overdueTasks = new ArrayList<>();
        List<String> openTasks = new ArrayList<>();
        List<String> pendingDecisions = new ArrayList<>();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            readTasks(engine, municipalityCode, now, overdueTasks, openTasks);
            readDecisions(engine, municipalityCode, pendingDecisions);
            return null;
        });

        addAll(items, overdueActions, "försenade åtgärder");
        addAll(items, overdueTasks, "försenade uppgifter");
        addAll(items, pendingDecisions, "beslut som väntar");
        addAll(items, openActions, "öppna åtgärder");
        addAll(items, openTasks, "öppna uppgifter");
        execution.setVariable(AGENDA, new Agenda(items).text());
        execution.setVariable(
                PROTOCOL_PATH, CheckInProtocols.pathOf(municipalityCode, execution.getProcessInstanceId()));
    }

    private static void readTasks(
            ProcessEngineServices engine,
            String municipalityCode,
            Date now,
            List<String> overdueTasks,
            List<String> openTasks) {
        // Actions of earlier check-ins are on the agenda as actions, not a second time as tasks.
        Set<String> checkIns = engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(CHECK_IN_PROCESS)
                .tenantIdIn(municipalityCode)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .tenantIdIn(municipalityCode)
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list();
        for (Task task : tasks) {
            if (checkIns.contains(task.getProcessInstanceId())) {
                continue;
            }
            String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
            if (task.getDueDate() != null && task.getDueDate().before(now)) {
                String due = LocalDate.ofInstant(task.getDueDate().toInstant(), EngineClock.zone())
                        .toString();
                overdueTasks.add(Agenda.line("Försenad uppgift", name + " (skulle vara klar " + due + ")"));
            } else {
                openTasks.add(Agenda.line("Öppen uppgift", name));
            }
        }
    }

    private static void readDecisions(
            ProcessEngineServices engine, String municipalityCode, List<String> pendingDecisions) {
        List<ProcessInstance> decisions = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(DECISION_PROCESS)
                .tenantIdIn(municipalityCode)
                .active()
                .list();
        for (ProcessInstance decision : decisions) {
            Object title = engine.getRuntimeService().getVariable(decision.getId(), DECISION_TITLE);
            pendingDecisions.add(Agenda.line(
                    "Beslut som väntar",
                    title == null ? "förslaget tas fram" : Agenda.shortened(title.toString(), 120)));
        }
    }

    private static String describe(MeetingAction action, LocalDate meetingDay) {
        return Agenda.shortened(action.description(), 80) + " (ansvarig " + action.assigneeMemberId() + ", klar senast "
                + action.dueDate() + ", från avstämningen " + meetingDay + ")";
    }

    private static void addAll(List<String> items, List<String> kind, String name) {
        if (kind.size() <= MAX_ITEMS_PER_KIND) {
            items.addAll(kind);
            return;
        }
        items.addAll(kind.subList(0, MAX_ITEMS_PER_KIND));
        items.add("… och " + (kind.size() - MAX_ITEMS_PER_KIND) + " " + name + " till");
    }
}
