package se.valdsprevention.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * The evaluation export reads the figures from what the engine recorded: step 3 took 12 days in one cycle and 20 in
 * another, a stall task stood open, and the county row counts every municipality's cycles together.
 */
class EvaluationCsvTest extends WorkspaceTest {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
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
    }

    private String cycleAt(String code, String activity) {
        identityService.clearAuthentication();
        String id = runtimeService
                .createProcessInstanceByKey("iavpCycle")
                .setVariable("municipalityCode", code)
                .setVariable("cycleLabel", "Utvärdering " + code)
                .startBeforeActivity(activity)
                .execute()
                .getId();
        started.add(id);
        if (activity.equals("identifyRiskAndProtectiveFactors")) {
            // Step 3 records its factors in the cycle's picture, so the picture of step 2 must exist.
            pictures.save(
                    (String) runtimeService.getVariable(id, "cycleId"),
                    SituationPicture.draft(code, ReportingPeriod.ofYear(2026)),
                    "coordinator-" + code,
                    START);
        }
        return id;
    }

    /** Step 3's only task, completed by the municipality's team member after {@code days}. */
    private void finishStepThree(String cycle, String code, int days) {
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(days))));
        identityService.setAuthentication("team-" + code, List.of("team-member"), List.of(code));
        try {
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceId(cycle)
                    .taskDefinitionKey("identifyRiskAndProtectiveFactors")
                    .singleResult();
            taskService.complete(
                    task.getId(),
                    Map.of(
                            "risk_COMMUNITY", "Få mötesplatser",
                            "influenceableLevels",
                                    SpinValues.jsonValue("[\"COMMUNITY\"]").create(),
                            "priorities", "Otrygghet bland unga kvinnor"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static List<String> row(Page csv, String code) {
        return csv.body()
                .lines()
                .filter(line -> line.startsWith(code + ";"))
                .findFirst()
                .map(line -> List.of(line.split(";", -1)))
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + csv.body()));
    }

    @Test
    void leadTimesStallsAndTheCountyRowComeFromTheEnginesHistory() {
        ClockUtil.setCurrentTime(Date.from(START));
        String norsjo = cycleAt("2417", "identifyRiskAndProtectiveFactors");
        // Both cycles in Norsjö: the workspace tests share a database, and other tests rely on Sorsele's being empty.
        String norsjoAgain = cycleAt("2417", "identifyRiskAndProtectiveFactors");
        cycleAt("2417", "contactStalledMunicipality");
        finishStepThree(norsjo, "2417", 12);
        finishStepThree(norsjoAgain, "2417", 20);
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(30))));
        PageSession county = loggedIn("county-24");

        Page csv = county.get("/lan/utvardering.csv?fran=2026-01-01&till=2026-06-30");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFKod;Kommun;Period;Steg 1 (antal)");
        List<String> header = List.of(
                csv.body().lines().findFirst().orElseThrow().substring(1).split(";", -1));
        List<String> norsjoRow = row(csv, "2417");
        List<String> countyRow = row(csv, "24");
        int step3 = header.indexOf("Steg 3 (antal)");
        assertThat(norsjoRow.subList(step3, step3 + 3))
                .as("the median and 90th percentile (nearest rank) of 12 and 20 days")
                .containsExactly("2", "12", "20");
        assertThat(row(csv, "2422").get(step3)).isEqualTo("0");
        assertThat(countyRow.subList(step3, step3 + 3))
                .as("the county's figures over every municipality's steps")
                .containsExactly("2", "12", "20");
        int stalls = header.indexOf("Stillastående (antal)");
        assertThat(norsjoRow.subList(stalls, stalls + 2)).containsExactly("1", "30");
        assertThat(row(csv, "2422").get(stalls)).isEqualTo("0");
        assertThat(norsjoRow.get(2)).isEqualTo("2026-01-01–2026-06-30");
        assertThat(countyRow.get(1)).isEqualTo("Hela länet (Västerbotten)");

        Page earlier = county.get("/lan/utvardering.csv?fran=2025-01-01&till=2025-12-31");
        assertThat(row(earlier, "2417").get(step3)).as("nothing ended in 2025").isEqualTo("0");
    }

    @Test
    void onlyTheCountyMayExportAndBadPeriodsAreRefusedInSwedish() {
        PageSession county = loggedIn("county-24");

        assertThat(loggedIn("coordinator-2417").get("/lan/utvardering.csv").status())
                .isEqualTo(403);
        Page notADate = county.get("/lan/utvardering.csv?fran=2026-13-01");
        Page reversed = county.get("/lan/utvardering.csv?fran=2026-06-01&till=2026-01-01");
        Page tooLong = county.get("/lan/utvardering.csv?fran=2000-01-01&till=2026-01-01");
        Page hostile = county.get("/lan/utvardering.csv?till=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("fran:", "är inget datum", "ÅÅÅÅ-MM-DD");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("ligger efter till");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("högst 10 år");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(county.get("/lan/utvardering.csv").status())
                .as("the last twelve months")
                .isEqualTo(200);
    }
}
