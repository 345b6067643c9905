package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The real IAVP cycle with its situation picture sent through /api: the picture is filed under the
 * cycle's current turn, its form shows it with small counts suppressed, and the step refuses to
 * complete until the picture is complete.
 */
class CycleWithDocumentsTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Test
    void theSituationPictureSentThroughTheApiIsShownSuppressedAndGatesTheStep() {
        RestClient coordinator = RestClient.as(rest, "coordinator-2462");
        String cycle = RestClient.read(coordinator.startCycle("2462").getBody())
                .path("id")
                .asText();
        reachDescribeSituation(cycle);
        String describe = task(cycle, "describeSituation");

        ObjectNode noIndicators = CycleDocumentJson.draftPicture("2462");
        noIndicators.putArray("indicators");
        assertThat(coordinator
                        .put("/api/municipalities/2462/situation-picture", noIndicators.toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> empty = complete(coordinator, describe, checklist());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("situationPicture.indicators");

        ObjectNode goalWithoutTarget = CycleDocumentJson.plan("2462");
        goalWithoutTarget
                .putArray("goals")
                .addObject()
                .put("id", "fewerInsecure")
                .put("description", "Färre otrygga")
                .put("indicatorId", "school-harassment")
                .put("baseline", 13)
                .put("deadline", "2027-12-31");
        ResponseEntity<String> noTarget =
                coordinator.put("/api/municipalities/2462/action-plan", goalWithoutTarget.toString());
        assertThat(noTarget.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTarget.getBody()).contains("goals[0].target");

        ObjectNode withoutAnalysis = CycleDocumentJson.draftPicture("2462");
        ResponseEntity<String> saved =
                coordinator.put("/api/municipalities/2462/situation-picture", withoutAnalysis.toString());
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(RestClient.read(saved.getBody()).path("cycleId").asText())
                .isEqualTo(runtimeService.getVariable(cycle, "cycleId"))
                .isEqualTo(cycle + "-1");

        String shown = RestClient.read(coordinator
                        .get("/engine-rest/task/" + describe + "/form-variables")
                        .getBody())
                .path("situationPictureSummary")
                .path("value")
                .asText();
        assertThat(shown)
                .contains("Elever som utsatts för kränkningar i skolan")
                .contains("kvinnor färre än 5")
                .as("men = 10 is hidden to protect the small count of women, not small itself")
                .contains("män dolt för att skydda små tal")
                .doesNotContain("män färre än 5")
                .contains("totalt 13")
                .doesNotContain("kvinnor 3");

        ResponseEntity<String> refused = complete(coordinator, describe, checklist());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("situationPicture.genderEqualityAnalysis");

        ObjectNode complete = CycleDocumentJson.draftPicture("2462");
        complete.putObject("genderEqualityAnalysis")
                .put("summary", "Flickor utsätts oftare för sexuella kränkningar.")
                .put("differencesBetweenWomenAndMen", "Pojkar utsätts oftare för fysiskt våld.")
                .put("consequences", "Flickor undviker vissa platser i skolan.");
        assertThat(coordinator
                        .put("/api/municipalities/2462/situation-picture", complete.toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(complete(coordinator, describe, checklist()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(cycle)
                        .taskDefinitionKey("contributePoliceFigures")
                        .count())
                .isOne();
    }

    private void reachDescribeSituation(String cycle) {
        as("coordinator-2462", "coordinator");
        taskService.complete(
                task(cycle, "mapCollaboration"),
                Variables.createVariables()
                        .putValue("arenas", "Skolan")
                        .putValueTyped(
                                "departments",
                                SpinValues.jsonValue("[\"SCHOOL\"]").create()));
        taskService.complete(
                task(cycle, "composeTeam"), Map.of("coordinatorName", "Eva", "coordinatorDepartment", "SCHOOL"));
        taskService.complete(task(cycle, "formulateVision"), Map.of("vision", "Trygg skola.", "readiness", "HIGH"));
        identityService.clearAuthentication();
        String decision = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(cycle)
                .singleResult()
                .getId();
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("decisionType", "PARTICIPATION_MANDATE");
        proposal.put("decisionTitle", "Mandat");
        proposal.put("decisionDescription", "Vilhelmina deltar.");
        proposal.put("mandate", "Teamet får arbeta med stegen.");
        proposal.put("resourcesSek", 0);
        proposal.put("resourcesHours", 20);
        proposal.put("followUpDate", LocalDate.now().plusMonths(3).toString());
        as("coordinator-2462", "coordinator");
        taskService.complete(task(decision, "prepareProposal"), proposal);
        as("manager-2462", "manager");
        taskService.complete(task(decision, "approveDecision"), Map.of("verdict", "APPROVE"));
        as("coordinator-2462", "coordinator");
        taskService.complete(
                task(cycle, "chooseViolenceTypes"),
                Map.of("violenceTypes", SpinValues.jsonValue("[\"SCHOOL\"]").create()));
        identityService.clearAuthentication();
    }

    private void as(String user, String group) {
        identityService.setAuthentication(user, List.of(group), List.of("2462"));
    }

    private String task(String processInstanceId, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private static Map<String, Object> checklist() {
        return Map.of(
                "situationChecklist",
                Map.of("value", "[\"GENDER_SPLIT\",\"PYRAMID\",\"GENDER_ANALYSIS\"]", "type", "Json"));
    }

    private static ResponseEntity<String> complete(RestClient user, String taskId, Map<String, Object> variables) {
        return user.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }
}
