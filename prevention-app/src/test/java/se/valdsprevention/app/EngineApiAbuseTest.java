package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.valdsprevention.workflows.decision.DecisionRevisions;

/**
 * The attacks a hostile user tried on the engine API, each sent again as an ordinary demo user: every one is
 * refused with a clear 4xx whose body shows no engine internals, and leaves nothing changed. The legitimate uses of
 * the same endpoints keep working ({@link LegitimateEngineApiUseTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineApiAbuseTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    DecisionRevisions revisions;

    Decisions decisions;

    @BeforeAll
    void deployAPlainTeamTask() {
        decisions = new Decisions(taskService, historyService, revisions);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "abuse-plain-task.bpmn",
                        Bpmn.createExecutableProcess("abusePlainTask")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("plainTask")
                                .camundaCandidateGroups("coordinator")
                                .endEvent()
                                .done())
                .deploy();
    }

    // ---- Forged starts ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "startInstructions before recordDecision with verdict APPROVE|"
                        + "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"},\"verdict\":{\"value\":\"APPROVE\"}},"
                        + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"recordDecision\"}]}",
                "skipCustomListeners|{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}},\"skipCustomListeners\":true}",
                "skipIoMappings|{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}},\"skipIoMappings\":true}",
            })
    void aDecisionStartedWithStartInstructionsOrSkippedListenersIsRefused(String attack, String body) {
        long instances = instancesOf("municipalDecision");
        long followUps = instancesOf("decisionFollowUp");
        long revisionCount = revisions.countIn("2417");

        ResponseEntity<String> answer =
                coordinator().post("/engine-rest/process-definition/key/municipalDecision/start", body);

        assertRefused(answer, HttpStatus.FORBIDDEN);
        assertThat(instancesOf("municipalDecision")).isEqualTo(instances);
        assertThat(instancesOf("decisionFollowUp")).isEqualTo(followUps);
        assertThat(revisions.countIn("2417")).isEqualTo(revisionCount);
    }

    @Test
    void teamOnboardingStartedBeforeActivateMemberIsRefusedAndGivesNobodyATenantOrGroup() {
        String body = "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"},"
                + "\"memberId\":{\"value\":\"coordinator-2422\"},\"memberRole\":{\"value\":\"POLICE\"},"
                + "\"memberName\":{\"value\":\"X\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"activateMember\"}]}";

        assertRefused(
                coordinator().post("/engine-rest/process-definition/key/teamOnboarding/start", body),
                HttpStatus.FORBIDDEN);
        assertRefused(
                coordinator().post("/engine-rest/process-definition/key/teamOnboarding/submit-form", body),
                HttpStatus.FORBIDDEN);

        assertThat(identityService
                        .createTenantQuery()
                        .userMember("coordinator-2422")
                        .tenantId("2417")
                        .count())
                .isZero();
        assertThat(identityService
                        .createGroupQuery()
                        .groupMember("coordinator-2422")
                        .groupId("police")
                        .count())
                .isZero();
    }

    @Test
    void teamDepartureStartedBeforeEndMembershipIsRefusedAndStripsNobody() {
        long groups =
                identityService.createGroupQuery().groupMember("team-2417").count();
        String body = "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"},"
                + "\"leavingMemberId\":{\"value\":\"team-2417\"},\"lastDay\":{\"value\":\"2026-01-01\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"endMembership\"}]}";

        assertRefused(
                coordinator().post("/engine-rest/process-definition/key/teamDeparture/start", body),
                HttpStatus.FORBIDDEN);

        assertThat(identityService.createGroupQuery().groupMember("team-2417").count())
                .isEqualTo(groups)
                .isPositive();
    }

    @Test
    void aProcessWithoutAStartFormCannotBeStartedByAUser() {
        long instances = instancesOf("decisionFollowUp");
        assertRefused(
                coordinator()
                        .post(
                                "/engine-rest/process-definition/key/decisionFollowUp/submit-form",
                                "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}}}"),
                HttpStatus.FORBIDDEN);
        assertThat(instancesOf("decisionFollowUp")).isEqualTo(instances);
    }

    // ---- Variables a form does not have ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "proposer|\"team-2417\"|String",
                "managerMaxSek|1000000000|Long",
                "managerMaxHours|100000|Integer",
                "boardChairMaxSek|1000000000|Long",
                "reminderAfter|\"PT1S\"|String",
                "escalationAfter|\"PT1S\"|String",
                "decisionId|\"another-decision\"|String",
                "verdict|\"APPROVE\"|String",
                "memberId|\"manager-2422\"|String",
                "leavingMemberId|\"team-2417\"|String",
                "lastDay|\"2026-01-01\"|String",
                "checkInAt|\"2026-01-01T00:00:00.000+0100\"|Date",
            })
    void anInternalVariableSentWithTheProposalIsRefusedAndNothingIsSaved(String name, String json, String type) {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        Object before = runtimeService.getVariable(decision, name);
        long revisionCount = revisions.countIn("2417");
        String variables =
                Decisions.proposalJson() + ",\"" + name + "\":{\"value\":" + json + ",\"type\":\"" + type + "\"}";

        for (String endpoint : List.of("complete", "submit-form")) {
            ResponseEntity<String> answer = coordinator()
                    .post("/engine-rest/task/" + task + "/" + endpoint, "{\"variables\":{" + variables + "}}");
            assertRefused(answer, HttpStatus.BAD_REQUEST);
            assertThat(Decisions.fields(answer)).containsExactly(name);
        }

        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
        assertThat(runtimeService.getVariable(decision, name)).isEqualTo(before);
        assertThat(revisions.countIn("2417")).isEqualTo(revisionCount);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "decisionId|\"another-decision\"|String",
                "proposer|\"manager-2417\"|String",
                "resourcesSek|1|Integer",
                "decisionTitle|\"Något annat\"|String",
                "deciderReason|\"x\"|String",
            })
    void anApprovalThatAlsoChangesTheProposalOrItsIdentityIsRefused(String name, String json, String type) {
        String decision = decisions.start(coordinator());
        decisions.propose(coordinator(), decision);
        String approval = decisions.taskOf(decision, "approveDecision");
        Object before = runtimeService.getVariable(decision, name);

        ResponseEntity<String> answer = RestClient.as(rest, "manager-2417")
                .post(
                        "/engine-rest/task/" + approval + "/complete",
                        "{\"variables\":{\"verdict\":{\"value\":\"APPROVE\"},\"" + name + "\":{\"value\":" + json
                                + ",\"type\":\"" + type + "\"}}}");

        assertRefused(answer, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(answer)).containsExactly(name);
        assertThat(taskService.createTaskQuery().taskId(approval).count()).isOne();
        assertThat(runtimeService.getVariable(decision, name)).isEqualTo(before);
        assertThat(decisions.statuses(decision)).containsExactly("PROPOSED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "memberId|\"manager-2422\"",
                "memberRole|\"POLICE\"",
                "memberDepartment|\"POLICE\"",
                "memberStartDate|\"2020-01-01\"",
                "checkInAt|\"2020-01-01\"",
            })
    void theNewcomerCannotBeSwappedWhileTheIntroductionIsPlanned(String name, String json) {
        String onboarding = startOnboarding();
        Map<String, Object> member = new HashMap<>();
        member.put("memberId", "olle-onboard-2417");
        member.put("memberName", "Olle Onboard");
        member.put("memberDepartment", "CIVIL_SOCIETY");
        member.put("memberRole", "TEAM_MEMBER");
        member.put("memberStartDate", LocalDate.now().toString());
        completeAsCoordinator(onboarding, "registerMember", member);
        String planning = decisions.taskOf(onboarding, "planIntroduction");
        Object before = runtimeService.getVariable(onboarding, name);

        ResponseEntity<String> answer = coordinator()
                .post(
                        "/engine-rest/task/" + planning + "/submit-form",
                        "{\"variables\":{\"introductionDate\":{\"value\":\""
                                + LocalDate.now().plusDays(3) + "\"},\"introductionParticipants\":{\"value\":\"Vi\"},"
                                + "\"" + name + "\":{\"value\":" + json + "}}}");

        assertRefused(answer, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(answer)).containsExactly(name);
        assertThat(runtimeService.getVariable(onboarding, name)).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(planning).count()).isOne();
        assertThat(identityService
                        .createTenantQuery()
                        .userMember("manager-2422")
                        .tenantId("2417")
                        .count())
                .isZero();
    }

    // ---- Writes outside a form ----

    @Test
    void variableWritesOnTasksExecutionsAndInstancesOutsideAFormAreRefused() {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        Object municipality = runtimeService.getVariable(decision, "municipalityCode");
        String value = "{\"value\":\"2422\",\"type\":\"String\"}";
        String modifications = "{\"modifications\":{\"municipalityCode\":" + value + "}}";
        RestClient coordinator = coordinator();

        List<ResponseEntity<String>> answers = List.of(
                coordinator.put("/engine-rest/task/" + task + "/variables/municipalityCode", value),
                coordinator.post("/engine-rest/task/" + task + "/variables", modifications),
                coordinator.put("/engine-rest/task/" + task + "/localVariables/municipalityCode", value),
                coordinator.post("/engine-rest/task/" + task + "/localVariables", modifications),
                coordinator.delete("/engine-rest/task/" + task + "/variables/municipalityCode"),
                coordinator.put("/engine-rest/process-instance/" + decision + "/variables/municipalityCode", value),
                coordinator.post("/engine-rest/process-instance/" + decision + "/variables", modifications),
                coordinator.delete("/engine-rest/process-instance/" + decision + "/variables/municipalityCode"),
                coordinator.put("/engine-rest/execution/" + decision + "/localVariables/municipalityCode", value),
                coordinator.post("/engine-rest/execution/" + decision + "/localVariables", modifications),
                coordinator.post("/engine-rest/task/" + task + "/resolve", "{\"variables\":{}}"),
                coordinator.post("/engine-rest/task/" + task + "/delegate", "{\"userId\":\"team-2417\"}"),
                coordinator.post(
                        "/engine-rest/task/" + task + "/identity-links",
                        "{\"groupId\":\"team-member\",\"type\":\"candidate\"}"),
                coordinator.delete("/engine-rest/task/" + task));

        answers.forEach(answer -> assertRefused(answer, HttpStatus.FORBIDDEN));
        assertThat(runtimeService.getVariable(decision, "municipalityCode")).isEqualTo(municipality);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
        assertThat(taskService.getIdentityLinksForTask(task))
                .noneMatch(link -> "team-member".equals(link.getGroupId()));
    }

    @Test
    void modifyingMigratingSuspendingOrDeletingAnInstanceIsRefused() {
        String decision = decisions.start(coordinator());
        RestClient coordinator = coordinator();

        List<ResponseEntity<String>> answers = List.of(
                coordinator.post(
                        "/engine-rest/process-instance/" + decision + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"recordDecision\"}]}"),
                coordinator.post(
                        "/engine-rest/modification/execute",
                        "{\"processDefinitionId\":\"x\",\"instructions\":[],\"processInstanceIds\":[\"" + decision
                                + "\"]}"),
                coordinator.post("/engine-rest/migration/execute", "{\"migrationPlan\":{},\"processInstanceIds\":[]}"),
                coordinator.put("/engine-rest/process-instance/" + decision + "/suspended", "{\"suspended\":true}"),
                coordinator.delete("/engine-rest/process-instance/" + decision),
                coordinator.post(
                        "/engine-rest/process-instance/delete", "{\"processInstanceIds\":[\"" + decision + "\"]}"));

        answers.forEach(answer -> assertRefused(answer, HttpStatus.FORBIDDEN));
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(decision)
                        .active()
                        .count())
                .isOne();
        assertThat(decisions.statuses(decision)).isEmpty();
    }

    @Test
    void changingTheRemindersAndEscalationTimersOfADecisionIsRefused() {
        String decision = decisions.start(coordinator());
        decisions.propose(coordinator(), decision);
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(decision)
                .timers()
                .list()
                .get(0);
        RestClient manager = RestClient.as(rest, "manager-2417");

        List<ResponseEntity<String>> answers = List.of(
                manager.put(
                        "/engine-rest/job/" + timer.getId() + "/duedate",
                        "{\"duedate\":\"2026-01-01T00:00:00.000+0100\"}"),
                manager.post("/engine-rest/job/" + timer.getId() + "/execute", "{}"),
                manager.put("/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\":0}"),
                manager.put("/engine-rest/job/" + timer.getId() + "/suspended", "{\"suspended\":true}"),
                manager.delete("/engine-rest/job/" + timer.getId()),
                manager.put(
                        "/engine-rest/job-definition/" + timer.getJobDefinitionId() + "/suspended",
                        "{\"suspended\":true}"));

        answers.forEach(answer -> assertRefused(answer, HttpStatus.FORBIDDEN));
        Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    }

    // ---- Messages and signals ----

    @Test
    void aMessageForADecisionThatDoesNotExistIsRefusedAlsoForTheCountyWithoutTenant() {
        long followUps = instancesOf("decisionFollowUp");
        String message = "{\"messageName\":\"decisionApproved\",\"processVariables\":{"
                + "\"decisionId\":{\"value\":\"does-not-exist\"},\"municipalityCode\":{\"value\":\"2417\"}}";

        assertRefused(coordinator().post("/engine-rest/message", message + "}"), HttpStatus.FORBIDDEN);
        assertRefused(
                RestClient.as(rest, "county-24").post("/engine-rest/message", message + ",\"withoutTenantId\":true}"),
                HttpStatus.FORBIDDEN);

        assertThat(instancesOf("decisionFollowUp")).isEqualTo(followUps);
    }

    @Test
    void aSignalBroadcastIsRefusedAlsoForAnotherTenant() {
        assertRefused(coordinator().post("/engine-rest/signal", "{\"name\":\"anything\"}"), HttpStatus.FORBIDDEN);
        assertRefused(
                coordinator().post("/engine-rest/signal", "{\"name\":\"anything\",\"tenantId\":\"2422\"}"),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void deployingAModelIsForAdministratorsOnly() {
        long deployments = repositoryService.createDeploymentQuery().count();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "hostile");
        form.add(
                "data",
                new ByteArrayResource(Bpmn.convertToString(Bpmn.createExecutableProcess("hostile")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .endEvent()
                                .done())
                        .getBytes()) {
                    @Override
                    public String getFilename() {
                        return "hostile.bpmn";
                    }
                });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<String> answer = rest.withBasicAuth("coordinator-2417", "demo")
                .exchange(
                        "/engine-rest/deployment/create",
                        HttpMethod.POST,
                        new HttpEntity<>(form, headers),
                        String.class);

        assertRefused(answer, HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    // ---- Types ----

    @Test
    void objectVariablesWithAJavaTypeOrJavaSerializationAreRefused() {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        String jsonObject = "{\"value\":\"[]\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                + "\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}";
        String serialized =
                "{\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==\","
                        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";

        for (String variable : List.of(jsonObject, serialized)) {
            ResponseEntity<String> answer = coordinator()
                    .post(
                            "/engine-rest/task/" + task + "/complete",
                            "{\"variables\":{" + Decisions.proposalJson() + ",\"supportingDocuments\":" + variable
                                    + "}}");
            assertRefused(answer, HttpStatus.BAD_REQUEST);
            assertThat(Decisions.fields(answer)).containsExactly("supportingDocuments");
            ResponseEntity<String> start = coordinator()
                    .post(
                            "/engine-rest/process-definition/key/municipalDecision/submit-form",
                            "{\"variables\":{\"municipalityCode\":" + variable + "}}");
            assertRefused(start, HttpStatus.BAD_REQUEST);
        }
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    // ---- Errors: 4xx, never 500 ----

    @Test
    void aManagerOfAnotherMunicipalityTouchingATaskOrInstanceGets404NotA500() {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        RestClient sorsele = RestClient.as(rest, "manager-2422");

        for (String read : List.of(
                "/task/" + task + "/variables",
                "/task/" + task + "/form-variables",
                "/task/" + task + "/deployed-form",
                "/task/" + task + "/form",
                "/process-instance/" + decision + "/variables",
                "/process-instance/" + decision)) {
            assertRefused(sorsele.get("/engine-rest" + read), HttpStatus.NOT_FOUND);
        }
        assertRefused(sorsele.post("/engine-rest/task/" + task + "/complete", "{}"), HttpStatus.NOT_FOUND);
        assertRefused(
                sorsele.post("/engine-rest/task/" + task + "/submit-form", "{\"variables\":{}}"), HttpStatus.NOT_FOUND);
        assertRefused(sorsele.put("/engine-rest/task/" + task + "/variables/x", "{\"value\":1}"), HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void malformedBodiesAre400AndNameTheField() {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        String complete = "/engine-rest/task/" + task + "/complete";

        ResponseEntity<String> nullVariable = coordinator()
                .post(complete, "{\"variables\":{" + Decisions.proposalJson() + ",\"supportingDocuments\":null}}");
        assertRefused(nullVariable, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(nullVariable)).containsExactly("supportingDocuments");
        assertRefused(coordinator().post(complete, "null"), HttpStatus.BAD_REQUEST);
        assertRefused(coordinator().post(complete, "{\"variables\":[1,2]}"), HttpStatus.BAD_REQUEST);
        assertRefused(coordinator().post(complete, "{\"variables\":"), HttpStatus.BAD_REQUEST);
        assertRefused(coordinator().post(complete, "{\"variables\":{},\"variables\":{}}"), HttpStatus.BAD_REQUEST);
        assertRefused(
                coordinator()
                        .post(complete, "{\"variables\":{\"mandate\":{\"value\":\"" + "x".repeat(1_100_000) + "\"}}}"),
                HttpStatus.PAYLOAD_TOO_LARGE);
        ResponseEntity<String> wrongNumber = coordinator()
                .post(
                        complete,
                        "{\"variables\":{"
                                + Decisions.proposalJson()
                                        .replace(
                                                "\"resourcesSek\":{\"value\":20000",
                                                "\"resourcesSek\":{\"value\":\"mycket\"")
                                + "}}");
        assertRefused(wrongNumber, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(wrongNumber)).containsExactly("resourcesSek");

        ResponseEntity<String> longKey = coordinator()
                .post(
                        "/engine-rest/process-definition/key/municipalDecision/start",
                        "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}},\"businessKey\":\""
                                + "k".repeat(300) + "\"}");
        assertRefused(longKey, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(longKey)).containsExactly("businessKey");

        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
        assertThat(decisions.statuses(decision)).isEmpty();
    }

    @Test
    void completingATaskThatDoesNotExistIs404() {
        assertRefused(coordinator().post("/engine-rest/task/no-such-task/complete", "{}"), HttpStatus.NOT_FOUND);
        assertRefused(
                RestClient.as(rest, "admin").post("/engine-rest/task/no-such-task/complete", "{}"),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void concurrentCompletionsOfOneTaskGiveOneSuccessAndTheOthersAConflictOrNotFound() throws Exception {
        for (int round = 0; round < 4; round++) {
            String instance = runtimeService
                    .startProcessInstanceByKey("abusePlainTask", Map.of("municipalityCode", "2417"))
                    .getId();
            String task = decisions.taskOf(instance, "plainTask");
            CyclicBarrier together = new CyclicBarrier(3);
            List<CompletableFuture<ResponseEntity<String>>> racers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return coordinator().post("/engine-rest/task/" + task + "/complete", "{\"variables\":{}}");
                }));
            }
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (CompletableFuture<ResponseEntity<String>> racer : racers) {
                answers.add(racer.get());
            }
            assertThat(answers)
                    .filteredOn(answer -> answer.getStatusCode().is2xxSuccessful())
                    .hasSize(1);
            answers.stream()
                    .filter(answer -> !answer.getStatusCode().is2xxSuccessful())
                    .forEach(answer -> {
                        assertThat(answer.getStatusCode().value()).isIn(404, 409);
                        assertClean(answer);
                    });
            assertThat(historyService
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(instance)
                            .finished()
                            .count())
                    .isOne();
        }
    }

    // ---- Tasklist's own engine API ----

    @Test
    void theSameAttacksThroughTasklistsEngineApiAreRefused() {
        String decision = decisions.start(coordinator());
        String task = decisions.taskOf(decision, "prepareProposal");
        TasklistSession tasklist = TasklistSession.open(rest);
        assertThat(tasklist.login("coordinator-2417", "demo")).isEqualTo(HttpStatus.OK);

        assertRefused(tasklist.post("/message", "{\"messageName\":\"decisionApproved\"}"), HttpStatus.FORBIDDEN);
        assertRefused(tasklist.post("/signal", "{\"name\":\"x\"}"), HttpStatus.FORBIDDEN);
        assertRefused(
                tasklist.post(
                        "/process-definition/key/municipalDecision/submit-form",
                        "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}},"
                                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"recordDecision\"}]}"),
                HttpStatus.FORBIDDEN);
        ResponseEntity<String> proposer = tasklist.post(
                "/task/" + task + "/submit-form",
                "{\"variables\":{" + Decisions.proposalJson() + ",\"proposer\":{\"value\":\"team-2417\"}}}");
        assertRefused(proposer, HttpStatus.BAD_REQUEST);
        assertThat(Decisions.fields(proposer)).containsExactly("proposer");
        assertRefused(
                tasklist.put("/task/" + task + "/variables/proposer", "{\"value\":\"team-2417\"}"),
                HttpStatus.FORBIDDEN);

        assertThat(runtimeService.getVariable(decision, "proposer")).isNotEqualTo("team-2417");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    // ---- helpers ----

    private RestClient coordinator() {
        return RestClient.as(rest, "coordinator-2417");
    }

    private long instancesOf(String key) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(key)
                .count();
    }

    private String startOnboarding() {
        ResponseEntity<String> started = coordinator()
                .post(
                        "/engine-rest/process-definition/key/teamOnboarding/submit-form",
                        "{\"variables\":{\"municipalityCode\":{\"value\":\"2417\"}}}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return RestClient.read(started.getBody()).path("id").asText();
    }

    private void completeAsCoordinator(String processInstanceId, String taskKey, Map<String, Object> variables) {
        String task = decisions.taskOf(processInstanceId, taskKey);
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            taskService.complete(task, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The refusal has {@code status} and a Swedish message, and no engine internals. */
    static void assertRefused(ResponseEntity<String> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertClean(answer);
        JsonNode body = RestClient.read(answer.getBody());
        assertThat(body.path("message").asText()).isNotBlank();
    }

    /** No SQL, stack trace, class name or engine code in the body. */
    static void assertClean(ResponseEntity<String> answer) {
        String body = String.valueOf(answer.getBody());
        assertThat(body)
                .doesNotContain("ENGINE-")
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("org.camunda")
                .doesNotContain("INSERT ")
                .doesNotContain("SELECT ")
                .doesNotContain("\tat ");
    }
}
