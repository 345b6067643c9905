package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Two municipalities' IAVP cycles side by side: neither sees the other's tasks, variables or history. */
class CycleIsolationTest extends DemoCountyTest {

    static final String NORSJO_ARENAS = "Norsjö skola och Norsjö fritidsgård";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Test
    void neitherMunicipalitySeesTheOthersTasksVariablesOrHistory() {
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");
        RestClient sorsele = RestClient.as(rest, "coordinator-2422");
        String norsjoCycle = start(norsjo, "2417");
        String sorseleCycle = start(sorsele, "2422");
        completeCollaborationMap(norsjo, norsjoCycle, NORSJO_ARENAS);
        completeCollaborationMap(sorsele, sorseleCycle, "Sorsele skola");

        for (String user : List.of("coordinator-2422", "manager-2422", "team-2422", "police-2422")) {
            RestClient other = RestClient.as(rest, user);
            assertThat(other.json("/engine-rest/task?processInstanceId=" + norsjoCycle))
                    .as(user + " tasks")
                    .isEmpty();
            assertThat(other.get("/engine-rest/process-instance/" + norsjoCycle + "/variables")
                            .getStatusCode()
                            .is2xxSuccessful())
                    .as(user + " variables")
                    .isFalse();
            assertThat(other.get("/engine-rest/variable-instance?processInstanceIdIn=" + norsjoCycle)
                            .getBody())
                    .as(user + " variable instances")
                    .doesNotContain("Norsjö skola");
            assertThat(String.valueOf(
                            other.get("/engine-rest/history/variable-instance?processInstanceId=" + norsjoCycle)
                                    .getBody()))
                    .as(user + " history")
                    .doesNotContain("Norsjö skola");
            assertThat(String.valueOf(other.get("/engine-rest/history/task?processInstanceId=" + norsjoCycle)
                            .getBody()))
                    .as(user + " task history")
                    .doesNotContain("mapCollaboration");
        }
        assertThat(sorsele.json("/engine-rest/variable-instance?variableName=municipalityCode&processInstanceIdIn="
                                + sorseleCycle)
                        .path(0)
                        .path("value")
                        .asText())
                .as("Tasklist's column Kommun reads the own cycle's municipalityCode")
                .isEqualTo("2422");
        assertThat(sorsele.json("/engine-rest/task?processInstanceId=" + sorseleCycle))
                .extracting(task -> task.path("taskDefinitionKey").asText())
                .containsExactly("composeTeam");
    }

    @Test
    void theCountyOfficerFollowsBothMunicipalities() {
        String norsjoCycle = start(RestClient.as(rest, "coordinator-2417"), "2417");
        String sorseleCycle = start(RestClient.as(rest, "coordinator-2422"), "2422");

        List<String> followed = new ArrayList<>();
        RestClient.as(rest, "county-24")
                .json("/engine-rest/process-instance?processDefinitionKey=iavpCycle")
                .forEach(instance -> followed.add(instance.path("id").asText()));

        assertThat(followed).contains(norsjoCycle, sorseleCycle);
    }

    private static String start(RestClient coordinator, String municipalityCode) {
        ResponseEntity<String> started = coordinator.startCycle(municipalityCode);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return RestClient.read(started.getBody()).path("id").asText();
    }

    private void completeCollaborationMap(RestClient coordinator, String cycle, String arenas) {
        String task = taskService
                .createTaskQuery()
                .processInstanceId(cycle)
                .taskDefinitionKey("mapCollaboration")
                .singleResult()
                .getId();
        ResponseEntity<String> completed = coordinator.post(
                "/engine-rest/task/" + task + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "arenas", Map.of("value", arenas),
                                "departments", Map.of("value", "[\"SCHOOL\"]", "type", "Json"))));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
