package se.valdsprevention.web.overview;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The county as the overview tests need it: cycles started mid-process at chosen moments on the engine's clock, and
 * the stall rule run as its daily timer would run it.
 */
final class CountyOverviewFixture {

    /**
     * The moment the test county's clock starts at: 09:00 in Sweden ten years from today, so the tests' cycles are
     * the newest ones, whatever else the database the workspace tests share holds.
     */
    static final ZonedDateTime START = java.time.LocalDate.now(EngineClock.zone())
            .plusYears(10)
            .atTime(9, 0)
            .atZone(EngineClock.zone());

    /** The date {@code days} after {@link #START}, as the pages write it. */
    static String date(int days) {
        return START.plusDays(days).toLocalDate().toString();
    }

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final List<String> started = new ArrayList<>();

    CountyOverviewFixture(
            RuntimeService runtimeService, ManagementService managementService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** Moves the engine's clock to {@code days} days after {@link #START}. */
    static void dayAfterStart(int days) {
        ClockUtil.setCurrentTime(Date.from(START.plusDays(days).toInstant()));
    }

    /** A cycle of the municipality waiting at {@code activity}, started now by the engine's clock. */
    String startAt(String code, String label, String activity) {
        identityService.clearAuthentication();
        String id = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", code)
                .setVariable("cycleLabel", label)
                .startBeforeActivity(activity)
                .execute()
                .getId();
        started.add(id);
        return id;
    }

    /** Runs the cycle's daily progress check now, the job the stall watch's timer starts. */
    void runProgressCheck(String cycle) {
        identityService.clearAuthentication();
        Job check = managementService
                .createJobQuery()
                .processInstanceId(cycle)
                .activityId("progressCheckDue")
                .singleResult();
        managementService.executeJob(check.getId());
    }

    /**
     * Moves the cycle from step sub-process {@code from} to step {@code to} now, as an administrator would in
     * Cockpit: the history records the end of the one and the start of the other without writing their documents.
     */
    void moveOn(String cycle, String from, String to) {
        identityService.clearAuthentication();
        runtimeService
                .createProcessInstanceModification(cycle)
                .startBeforeActivity(to)
                .cancelAllForActivity(from)
                .execute();
    }

    void deleteStarted() {
        identityService.clearAuthentication();
        for (String id : started) {
            if (runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceId(id)
                            .count()
                    > 0) {
                runtimeService.deleteProcessInstance(id, "test finished", true, true);
            }
        }
        started.clear();
        ClockUtil.reset();
    }
}
