package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.app.EngineApiAbuseTest.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/**
 * What users legitimately do through the engine API keeps working under the guard: start through a start form,
 * submit forms in Tasklist and over REST, claim, assign, set a task's dates, query, change their own
 * password; and administrators keep the whole API.
 */
class LegitimateEngineApiUseTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    DecisionRevisions revisions;

    @Test
    void aDecisionGoesFromStartFormToApprovalThroughTasklistsEngineApi() {
        Decisions decisions = new Decisions(taskService, historyService, revisions);
        TasklistSession coordinator = TasklistSession.open(rest);
        assertThat(coordinator.login("coordinator-2417", "demo")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> started = coordinator.post(
                "/process-definition/key/municipalDecision/submit-form",
                "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\",\"type\":\"String\"}},\"businessKey\":\"B-1\"}");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String decision = RestClient.read(started.getBody()).path("id").asText();
        String proposal = decisions.taskOf(decision, "prepareProposal");
        assertThat(coordinator
                        .post(
                                "/task/" + proposal + "/submit-form",
                                "{\"variables\":{" + Decisions.proposalJson() + "}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String approval = decisions.taskOf(decision, "approveDecision");
        TasklistSession manager = TasklistSession.open(rest);
        assertThat(manager.login("manager-2417", "demo")).isEqualTo(HttpStatus.OK);
        assertThat(manager.post("/task/" + approval + "/claim", "{\"userId\":\"manager-2417\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> approved = manager.post(
                "/task/" + approval + "/submit-form",
                "{\"variables\":{\"verdict\":{\"value\":\"APPROVE\"},\"verdictComment\":{\"value\":null}}}");
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(decisions.statuses(decision)).containsExactly("PROPOSED", "APPROVED");
    }

    @Test
    void usersClaimAssignQueryAndSetATasksDatesButNotItsOwner() {
        Decisions decisions = new Decisions(taskService, historyService, revisions);
        RestClient coordinator = RestClient.as(rest, "coordinator-2417");
        String decision = decisions.start(coordinator);
        String task = decisions.taskOf(decision, "prepareProposal");

        assertThat(coordinator
                        .post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"coordinator-2417\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coordinator
                        .post("/engine-rest/task/" + task + "/unclaim", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coordinator
                        .post("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"coordinator-2417\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coordinator
                        .post("/engine-rest/task", "{\"processInstanceId\":\"" + decision + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(coordinator.post("/engine-rest/task/count", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(coordinator
                        .post("/engine-rest/history/task", "{\"processInstanceId\":\"" + decision + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode current = coordinator.json("/engine-rest/task/" + task);
        ObjectNode update = RestClient.read("{}").deepCopy();
        for (String field : List.of(
                "name",
                "description",
                "priority",
                "assignee",
                "owner",
                "delegationState",
                "followUp",
                "parentTaskId",
                "caseInstanceId",
                "tenantId")) {
            update.set(field, current.get(field));
        }
        update.put("due", "2027-03-01T12:00:00.000+0100");
        assertThat(coordinator
                        .put("/engine-rest/task/" + task, update.toString())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate())
                .isNotNull();

        update.put("assignee", "team-2417");
        assertRefused(coordinator.put("/engine-rest/task/" + task, update.toString()), HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("coordinator-2417");
    }

    @Test
    void usersChangeTheirOwnPasswordButNobodyElses() {
        User user = identityService.newUser("pia-password-2417");
        user.setFirstName("Pia");
        user.setLastName("Lösen");
        user.setPassword("first-password-1A!");
        identityService.saveUser(user);
        RestClient pia = RestClient.as(rest, "pia-password-2417", "first-password-1A!");

        assertRefused(
                pia.put(
                        "/engine-rest/user/coordinator-2417/credentials",
                        "{\"password\":\"taken-over-1A!\",\"authenticatedUserPassword\":\"first-password-1A!\"}"),
                HttpStatus.FORBIDDEN);
        assertThat(pia.put(
                                "/engine-rest/user/pia-password-2417/credentials",
                                "{\"password\":\"second-password-1A!\",\"authenticatedUserPassword\":\"first-password-1A!\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.checkPassword("pia-password-2417", "second-password-1A!"))
                .isTrue();
        assertThat(identityService.checkPassword("coordinator-2417", "demo")).isTrue();
    }

    @Test
    void administratorsKeepTheWholeEngineApi() {
        Decisions decisions = new Decisions(taskService, historyService, revisions);
        String decision = decisions.start(RestClient.as(rest, "coordinator-2417"));
        RestClient admin = RestClient.as(rest, "admin");

        assertThat(admin.put(
                                "/engine-rest/process-instance/" + decision + "/variables/adminNote",
                                "{\"value\":\"checked\",\"type\":\"String\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(decision, "adminNote")).isEqualTo("checked");
        ResponseEntity<String> noSuchMessage =
                admin.post("/engine-rest/message", "{\"messageName\":\"noSuchMessage\",\"all\":true}");
        assertThat(noSuchMessage.getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
        EngineApiAbuseTest.assertClean(noSuchMessage);
        JsonNode definitions = admin.json("/engine-rest/process-definition?key=municipalDecision&latestVersion=true");
        assertThat(List.of(definitions.size())).containsExactly(1);
    }
}
