package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Through the REST API with the member's own credentials: a newly onboarded member sees their
 * municipality's team tasks and no other's, and after their departure sees and completes none.
 */
class TeamAccessTest extends DemoCountyTest {

    static final String NEWCOMER = "nina-nord-2417";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void aNewMemberSeesTheirMunicipalitysTeamTasksAndADepartedOneNoLonger() {
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "team-task-test.bpmn",
                        Bpmn.createExecutableProcess("teamTaskTest")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("teamHomework")
                                .camundaCandidateGroups("team-member")
                                .endEvent()
                                .done())
                .deploy();
        String norsjoTask = teamTask("2417");
        String sorseleTask = teamTask("2422");

        onboard(NEWCOMER, "Nina Nord");
        setPassword(NEWCOMER, "a-first-password");
        RestClient nina = RestClient.as(rest, NEWCOMER, "a-first-password");

        assertThat(nina.visibleTaskIds()).contains(norsjoTask).doesNotContain(sorseleTask);
        assertThat(nina.post("/engine-rest/task/" + norsjoTask + "/claim", Map.of("userId", NEWCOMER))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        depart(NEWCOMER);

        ResponseEntity<String> tasks = nina.get("/engine-rest/task");
        assertThat(String.valueOf(tasks.getBody())).doesNotContain(norsjoTask);
        ResponseEntity<String> completed = nina.post("/engine-rest/task/" + norsjoTask + "/complete", Map.of());
        assertThat(completed.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(norsjoTask)
                        .singleResult()
                        .getAssignee())
                .as("the departed member's task went back to the team and coordinators")
                .isNull();
        assertThat(RestClient.as(rest, "coordinator-2417").visibleTaskIds()).contains(norsjoTask);
    }

    private String teamTask(String municipalityCode) {
        String instance = runtimeService
                .startProcessInstanceByKey("teamTaskTest", Map.of("municipalityCode", municipalityCode))
                .getId();
        return taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
    }

    private void onboard(String id, String name) {
        String onboarding = startAsCoordinator("teamOnboarding");
        Map<String, Object> member = new HashMap<>();
        member.put("memberId", id);
        member.put("memberName", name);
        member.put("memberDepartment", "CIVIL_SOCIETY");
        member.put("memberRole", "TEAM_MEMBER");
        member.put("memberStartDate", LocalDate.now().toString());
        completeAsCoordinator(onboarding, "registerMember", member);
        completeAsCoordinator(
                onboarding,
                "planIntroduction",
                Map.of(
                        "introductionDate",
                        LocalDate.now().plusDays(2).toString(),
                        "introductionParticipants",
                        "Samordnaren"));
        completeAsCoordinator(
                onboarding,
                "confirmBasicTraining",
                Map.of(
                        "trainingChecklist",
                        SpinValues.jsonValue("[\"PYRAMID\",\"GENDER\",\"FIVE_STEPS\",\"SITUATION\",\"ROLE\"]")
                                .create()));
        completeAsCoordinator(
                onboarding,
                "confirmFirstMeeting",
                Map.of("firstMeetingDate", LocalDate.now().toString()));
    }

    private void depart(String id) {
        String departure = startAsCoordinator("teamDeparture");
        completeAsCoordinator(
                departure,
                "registerDeparture",
                Map.of("leavingMemberId", id, "lastDay", LocalDate.now().toString()));
    }

    private String startAsCoordinator(String processKey) {
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            return runtimeService
                    .startProcessInstanceByKey(processKey, Map.of("municipalityCode", "2417"))
                    .getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void completeAsCoordinator(String processInstanceId, String taskKey, Map<String, Object> variables) {
        String task = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
        identityService.setAuthentication("coordinator-2417", List.of("coordinator"), List.of("2417"));
        try {
            taskService.complete(task, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void setPassword(String id, String password) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
    }
}
