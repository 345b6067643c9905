package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Through the REST API with the users' own credentials: each municipality sees its own work only. */
class MunicipalityIsolationTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Test
    void coordinatorSeesTheTaskOfTheirMunicipalityAndNotTheOthers() {
        String norsjoTask = startAndFindTask("2417");
        String sorseleTask = startAndFindTask("2422");

        RestClient norsjo = RestClient.as(rest, "coordinator-2417");
        assertThat(norsjo.visibleTaskIds()).contains(norsjoTask).doesNotContain(sorseleTask);
        assertThat(norsjo.get("/engine-rest/task/" + sorseleTask).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(norsjo.json("/engine-rest/task/" + norsjoTask)
                        .path("tenantId")
                        .asText())
                .isEqualTo("2417");

        RestClient sorsele = RestClient.as(rest, "coordinator-2422");
        assertThat(sorsele.visibleTaskIds()).contains(sorseleTask).doesNotContain(norsjoTask);
    }

    @Test
    void coordinatorCannotCompleteOrReadTheVariablesOfAnotherMunicipalitysTask() {
        String sorseleTask = startAndFindTask("2422");
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> complete = norsjo.post(
                "/engine-rest/task/" + sorseleTask + "/complete",
                Map.of("variables", Map.of("arenas", Map.of("value", "Skolan"))));
        ResponseEntity<String> variables = norsjo.get("/engine-rest/task/" + sorseleTask + "/variables");

        assertThat(complete.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(variables.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(sorseleTask).count()).isOne();
    }

    @Test
    void theTasksFormIsTheDeployedCamundaForm() {
        String norsjoTask = startAndFindTask("2417");
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> form = norsjo.get("/engine-rest/task/" + norsjoTask + "/deployed-form");
        ResponseEntity<String> startForm =
                norsjo.get("/engine-rest/process-definition/key/iavpCycle/deployed-start-form");

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(RestClient.read(form.getBody()).path("id").asText()).isEqualTo("map-collaboration");
        assertThat(form.getBody()).contains("Arenor där arbetet kan bedrivas");
        assertThat(RestClient.read(startForm.getBody()).path("id").asText()).isEqualTo("start-cycle");
    }

    @Test
    void aStartForAnotherOrAnUnknownMunicipalityIsRefusedAndNothingIsStarted() {
        long before = instanceCount();
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> foreign = norsjo.startCycle("2422");
        ResponseEntity<String> unknown = norsjo.startCycle("9999");
        ResponseEntity<String> hostile = norsjo.startCycle("2417' OR '1'='1");
        ResponseEntity<String> missing =
                norsjo.post("/engine-rest/process-definition/key/iavpCycle/start", Map.of("variables", Map.of()));

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody()).contains("arbetar inte för kommun 2422");
        for (ResponseEntity<String> refused : List.of(unknown, hostile, missing)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode problem =
                    RestClient.read(refused.getBody()).path("problems").get(0);
            assertThat(problem.path("field").asText()).isEqualTo("municipalityCode");
        }
        assertThat(unknown.getBody()).contains("Kommunkod: '9999' är inte en av länets kommuner");
        assertThat(instanceCount()).isEqualTo(before);
    }

    @Test
    void badInputOnCompletionIsRefusedWithTheFieldsNamedAndTheTaskStaysOpen() {
        String norsjoTask = startAndFindTask("2417");
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");

        ResponseEntity<String> refused = norsjo.post(
                "/engine-rest/task/" + norsjoTask + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "arenas", Map.of("value", ""),
                                "departments", Map.of("value", "[\"SCHOOL\",\"DROP TABLE\"]", "type", "Json"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var answer = RestClient.read(refused.getBody());
        assertThat(answer.path("problems"))
                .extracting(problem -> problem.path("field").asText())
                .containsExactly("arenas", "departments");
        assertThat(answer.path("problems"))
                .extracting(problem -> problem.path("label").asText())
                .containsExactly("Arenor där arbetet kan bedrivas", "Verksamheter som ska delta");
        assertThat(answer.path("problems"))
                .extracting(problem -> problem.path("message").asText())
                .containsExactly("måste fyllas i", "okänt val 'DROP TABLE'");
        assertThat(answer.path("message").asText())
                .isEqualTo("Arenor där arbetet kan bedrivas: måste fyllas i."
                        + " Verksamheter som ska delta: okänt val 'DROP TABLE'.");
        assertThat(taskService.createTaskQuery().taskId(norsjoTask).count()).isOne();

        ResponseEntity<String> accepted = norsjo.post(
                "/engine-rest/task/" + norsjoTask + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "arenas", Map.of("value", "Skolan och fritidsgården"),
                                "departments", Map.of("value", "[\"SCHOOL\",\"LEISURE_CULTURE\"]", "type", "Json"))));

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(norsjoTask).count()).isZero();
    }

    @Test
    void tasklistShowsOnlyTheSwedishSentencesWhenItsFormSubmissionIsRefused() {
        String norsjoTask = startAndFindTask("2417");
        TasklistSession tasklist = TasklistSession.open(rest);
        assertThat(tasklist.login("coordinator-2417", "demo")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> refused = tasklist.post(
                "/task/" + norsjoTask + "/submit-form",
                Map.of(
                        "variables",
                        Map.of(
                                "arenas", Map.of("value", "x".repeat(4001)),
                                "departments", Map.of("value", "[]", "type", "Json"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var answer = RestClient.read(refused.getBody());
        assertThat(answer.path("message").asText())
                .isEqualTo("Arenor där arbetet kan bedrivas: får vara högst 4000 tecken (nu 4001)."
                        + " Verksamheter som ska delta: välj minst ett alternativ.")
                .doesNotContain(norsjoTask, "ENGINE-", "Cannot submit", "Exception", "arenas");
        assertThat(answer.path("problems"))
                .extracting(problem -> problem.path("field").asText())
                .containsExactly("arenas", "departments");
        assertThat(taskService.createTaskQuery().taskId(norsjoTask).count()).isOne();
    }

    private String startAndFindTask(String municipalityCode) {
        ResponseEntity<String> started =
                RestClient.as(rest, "coordinator-" + municipalityCode).startCycle(municipalityCode);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instanceId = RestClient.read(started.getBody()).path("id").asText();
        return taskService
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getId();
    }

    private long instanceCount() {
        return RestClient.read(RestClient.as(rest, "admin")
                        .get("/engine-rest/process-instance/count")
                        .getBody())
                .path("count")
                .asLong();
    }
}
