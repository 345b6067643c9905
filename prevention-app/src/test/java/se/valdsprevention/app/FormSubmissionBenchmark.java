package se.valdsprevention.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/**
 * What the engine API guard costs a form submission. Not a timed assertion: it prints its figures. Excluded from
 * the build by its tag; run with
 * {@code ./mvnw verify -pl prevention-app -am -Dtest=FormSubmissionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DexcludedGroups=none -Dgroups=benchmark}.
 *
 * <p>Four ways through, each over its own fresh decision proposals, one at a time:
 * <ol>
 *   <li>a valid proposal submitted over HTTP to {@code /engine-rest}: HTTP, authentication, the guard, the engine;
 *   <li>the same proposal submitted in-process with {@code FormService}: the engine alone;
 *   <li>a proposal with a forbidden variable over HTTP: refused by the guard, so HTTP, authentication and the
 *       guard's whole check (task query, form, body) without the engine;
 *   <li>a GET of the task over HTTP: HTTP, authentication and one task query, the baseline of 3.
 * </ol>
 * The guard's cost per submission is about (3) − (4) plus one task query, set against (1).
 */
@Tag("benchmark")
class FormSubmissionBenchmark extends DemoCountyTest {

    static final int WARM_UP = 20;
    static final int MEASURED = 150;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Autowired
    DecisionRevisions revisions;

    @Test
    void measure() {
        Decisions decisions = new Decisions(taskService, historyService, revisions);
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        String valid = "{\"variables\":{" + Decisions.proposalJson() + "}}";
        String forbidden = "{\"variables\":{" + Decisions.proposalJson() + ",\"proposer\":{\"value\":\"team-2417\"}}}";

        double http = time(
                "submit-form over HTTP (guard + engine)",
                proposals(decisions),
                task -> expect(coordinator.post("/engine-rest/task/" + task + "/submit-form", valid), 204));
        double engine = time("submitTaskForm in-process (engine only)", proposals(decisions), task -> {
            identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
            try {
                formService.submitTaskForm(task, proposal());
            } finally {
                identityService.clearAuthentication();
            }
        });
        List<String> open = proposals(decisions);
        double refused = time(
                "refused by the guard over HTTP",
                open,
                task -> expect(coordinator.post("/engine-rest/task/" + task + "/submit-form", forbidden), 400));
        double baseline = time(
                "GET of the task over HTTP (baseline)",
                open,
                task -> expect(coordinator.get("/engine-rest/task/" + task), 200));
        System.out.printf(
                "Guard's check ≈ %.2f ms of %.2f ms per submission over HTTP (%.0f %%); the engine alone takes %.2f ms%n",
                refused - baseline, http, 100 * (refused - baseline) / http, engine);
    }

    private List<String> proposals(Decisions decisions) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
            String instance;
            try {
                instance = runtimeService
                        .startProcessInstanceByKey("municipalDecision", Map.of("municipalityCode", "2417"))
                        .getId();
            } finally {
                identityService.clearAuthentication();
            }
            tasks.add(decisions.taskOf(instance, "prepareProposal"));
        }
        return tasks;
    }

    private static double time(String what, List<String> tasks, Consumer<String> action) {
        tasks.subList(0, WARM_UP).forEach(action);
        long start = System.nanoTime();
        tasks.subList(WARM_UP, tasks.size()).forEach(action);
        double average = (System.nanoTime() - start) / 1e6 / MEASURED;
        System.out.printf("%-45s %6.2f ms on average over %d%n", what, average, MEASURED);
        return average;
    }

    private static void expect(ResponseEntity<String> answer, int status) {
        if (answer.getStatusCode().value() != status) {
            throw new IllegalStateException(
                    "Expected " + status + ": " + answer.getStatusCode() + " " + answer.getBody());
        }
    }

    private static Map<String, Object> proposal() {
        return Variables.createVariables()
                .putValue("decisionType", "PARTICIPATION_MANDATE")
                .putValue("decisionTitle", "Mandat att delta i IAVP")
                .putValue("decisionDescription", "Kommunen deltar i länsstyrelsens process.")
                .putValue("mandate", "Teamet får använda arbetstid till de fem stegen.")
                .putValue("resourcesSek", 20_000)
                .putValue("resourcesHours", 100)
                .putValue(
                        "followUpDate", java.time.LocalDate.now().plusMonths(3).toString());
    }
}
