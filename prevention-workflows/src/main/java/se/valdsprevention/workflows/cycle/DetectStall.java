package se.valdsprevention.workflows.cycle;

import static se.valdsprevention.workflows.cycle.CycleVariables.STALLED;
import static se.valdsprevention.workflows.cycle.CycleVariables.STALLED_SINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import se.valdsprevention.workflows.county.CycleProperties;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * Decides whether the municipality's current step has stalled: nothing completed in the cycle and
 * no new step begun for the county's stall period. The step stays stalled ({@code stalled}) for as
 * long as that holds, also while the county officer's contact task is open; only no second contact
 * task is raised then ({@code stallContactNeeded}).
 */
public class DetectStall implements JavaDelegate {

    static final String CONTACT_TASK = "contactStalledMunicipality";

    /** Routes the stall watch to a new contact task: stalled, and no contact task open yet. */
    static final String CONTACT_NEEDED = "stallContactNeeded";

    private final CycleProperties settings;

    public DetectStall(CycleProperties settings) {
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        var services = execution.getProcessEngineServices();
        boolean contactOpen = services.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(CONTACT_TASK)
                        .count()
                > 0;
        Instant lastProgress = lastProgress(services.getHistoryService(), processInstanceId);
        LocalDate since = LocalDate.ofInstant(lastProgress, EngineClock.zone());
        boolean stalled = !lastProgress
                .atZone(EngineClock.zone())
                .plus(settings.getStallAfter())
                .toInstant()
                .isAfter(EngineClock.now());
        execution.setVariable(STALLED, stalled);
        execution.setVariable(CONTACT_NEEDED, stalled && !contactOpen);
        execution.setVariable(STALLED_SINCE, since.toString());
    }

    /** When a task of the cycle was last completed or its current step began, whichever is later. */
    private static Instant lastProgress(HistoryService history, String processInstanceId) {
        Date lastCompletion = history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .map(HistoricTaskInstance::getEndTime)
                .findFirst()
                .orElse(null);
        Date stepStart = history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityType("subProcess")
                .unfinished()
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .list()
                .stream()
                .filter(step -> !step.getActivityId().equals("stallWatch")
                        && !step.getActivityId().equals("monthlyCheckIns"))
                .map(HistoricActivityInstance::getStartTime)
                .findFirst()
                .orElse(null);
        return Stream.of(lastCompletion, stepStart)
                .filter(date -> date != null)
                .map(Date::toInstant)
                .max(Instant::compareTo)
                .orElse(EngineClock.now());
    }
}
