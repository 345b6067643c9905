package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/** Decisions through the REST API, each user with their own credentials. */
class DecisionApprovalRestTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    DecisionRevisions revisions;

    @Test
    void theNorsjoManagerApprovesTheCoordinatorsProposalAndSorselesManagerCannotSeeIt() {
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        String decision = startDecision(coordinator);
        assertThat(complete(coordinator, taskOf(decision, "prepareProposal"), proposal())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String approval = taskOf(decision, "approveDecision");

        RestClient sorsele = RestClient.as(rest, "manager-2422");
        assertThat(sorsele.visibleTaskIds()).doesNotContain(approval);
        assertThat(sorsele.get("/engine-rest/task/" + approval).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(complete(sorsele, approval, Map.of("verdict", text("APPROVE")))
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();
        assertThat(taskService.createTaskQuery().taskId(approval).count()).isOne();

        RestClient norsjo = RestClient.as(rest, "manager-2417");
        assertThat(norsjo.visibleTaskIds()).contains(approval);
        JsonNode form = norsjo.json("/engine-rest/task/" + approval + "/deployed-form");
        assertThat(form.path("id").asText()).isEqualTo("approve-decision");
        JsonNode shown = norsjo.json("/engine-rest/task/" + approval + "/form-variables");
        assertThat(shown.path("decisionTitle").path("value").asText()).isEqualTo("Mandat att delta i IAVP");
        assertThat(shown.path("proposer").path("value").asText()).isEqualTo("coordinator-2417");

        assertThat(complete(norsjo, approval, Map.of("verdict", text("APPROVE")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<DecisionRevision> history = revisions.history(decisionIdOf(decision));
        assertThat(history)
                .extracting(r -> r.decision().status())
                .containsExactly(DecisionStatus.PROPOSED, DecisionStatus.APPROVED);
        assertThat(history).extracting(DecisionRevision::author).containsExactly("coordinator-2417", "manager-2417");
        assertThat(history).allSatisfy(r -> assertThat(r.municipalityCode()).isEqualTo("2417"));
    }

    @Test
    void badInputIsRefusedWith400NamingTheFieldsAndNothingIsStored() {
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        String decision = startDecision(coordinator);
        long before = revisions.countIn("2417");
        Map<String, Object> bad = proposal();
        bad.remove("decisionType");
        bad.put("resourcesSek", Map.of("value", -500, "type", "Integer"));
        bad.put("followUpDate", text(LocalDate.now().minusDays(3).toString()));

        ResponseEntity<String> refused = complete(coordinator, taskOf(decision, "prepareProposal"), bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactlyInAnyOrder("decisionType", "resourcesSek", "followUpDate");
        assertThat(revisions.countIn("2417")).isEqualTo(before);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(decision)
                        .taskDefinitionKey("prepareProposal")
                        .count())
                .isOne();
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheProposalStaysUndecided() {
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        String decision = startDecision(coordinator);
        complete(coordinator, taskOf(decision, "prepareProposal"), proposal());
        String approval = taskOf(decision, "approveDecision");

        ResponseEntity<String> refused = complete(
                RestClient.as(rest, "manager-2417"),
                approval,
                Map.of("verdict", text("REJECT"), "verdictComment", text("   ")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("verdictComment");
        assertThat(revisions.history(decisionIdOf(decision)))
                .extracting(r -> r.decision().status())
                .containsExactly(DecisionStatus.PROPOSED);
        assertThat(taskService.createTaskQuery().taskId(approval).count()).isOne();
    }

    private String startDecision(RestClient user) {
        ResponseEntity<String> started = user.post(
                "/engine-rest/process-definition/key/municipalDecision/start",
                Map.of("variables", Map.of("municipalityCode", text("2417"))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return RestClient.read(started.getBody()).path("id").asText();
    }

    private String taskOf(String processInstanceId, String taskKey) {
        return decisions().taskOf(processInstanceId, taskKey);
    }

    private String decisionIdOf(String processInstanceId) {
        return decisions().decisionIdOf(processInstanceId);
    }

    private Decisions decisions() {
        return new Decisions(taskService, historyService, revisions);
    }

    private static ResponseEntity<String> complete(RestClient user, String taskId, Map<String, Object> variables) {
        return user.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisionType", text("PARTICIPATION_MANDATE"));
        variables.put("decisionTitle", text("Mandat att delta i IAVP"));
        variables.put("decisionDescription", text("Kommunen deltar i länsstyrelsens process."));
        variables.put("mandate", text("Teamet får använda arbetstid till de fem stegen."));
        variables.put("resourcesSek", Map.of("value", 20_000, "type", "Integer"));
        variables.put("resourcesHours", Map.of("value", 100, "type", "Integer"));
        variables.put("followUpDate", text(LocalDate.now().plusMonths(3).toString()));
        return variables;
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static List<String> fields(ResponseEntity<String> refused) {
        List<String> fields = new ArrayList<>();
        RestClient.read(refused.getBody())
                .path("problems")
                .forEach(p -> fields.add(p.path("field").asText()));
        return fields;
    }

    @Test
    void nobodyForgesAVerdictOrAFollowUpThroughTheEngineApi() {
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        Map<String, Object> forged = Map.of(
                "municipalityCode", Map.of("value", "2417"),
                "proposer", Map.of("value", "team-2417"),
                "decisionTitle", Map.of("value", "Förfalskat beslut"),
                "decisionOutcomeText", Map.of("value", "Bifall"));

        ResponseEntity<String> message = coordinator.post(
                "/engine-rest/message", Map.of("messageName", "decisionMade", "processVariables", forged));
        ResponseEntity<String> start = coordinator.post(
                "/engine-rest/process-definition/key/decisionOutcome/start", Map.of("variables", forged));
        ResponseEntity<String> followUp = coordinator.post(
                "/engine-rest/message", Map.of("messageName", "decisionApproved", "processVariables", forged));

        assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(followUp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService
                        .createTaskQuery()
                        .processVariableValueEquals("decisionTitle", "Förfalskat beslut")
                        .count())
                .isZero();
    }
}
