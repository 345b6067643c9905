package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A completion whose transaction gives up waiting for a database lock (another transaction holds the task's row) is
 * answered 503 with {@code Retry-After} and a Swedish sentence, not 500: nothing was saved, and the same request
 * sent again succeeds. This is what a client under load gets on H2 when writers queue for the same rows.
 *
 * <p>H2 only: PostgreSQL waits for a row lock without a timeout unless {@code lock_timeout} is set, which the
 * application leaves to the operator.
 */
class EngineApiBusyTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Test
    void aCompletionThatLosesALockWaitIsAnswered503AndSucceedsWhenSentAgain() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "PostgreSQL has no lock timeout by default");
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "busy-task.bpmn",
                        Bpmn.createExecutableProcess("busyTask")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("work")
                                .camundaAssignee("admin")
                                .endEvent()
                                .done())
                .deploy();
        String instance = runtimeService
                .startProcessInstanceByKey("busyTask", java.util.Map.of("municipalityCode", "2417"))
                .getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        RestClient admin = RestClient.as(rest, "admin");

        ResponseEntity<String> answer;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("UPDATE ACT_RU_TASK SET REV_ = REV_ WHERE ID_ = ?")) {
                lock.setString(1, task.getId());
                assertThat(lock.executeUpdate()).isEqualTo(1);
            }
            answer = admin.post("/engine-rest/task/" + task.getId() + "/complete", "{}");
            holder.rollback();
        }

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        JsonNode body = RestClient.read(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("Busy");
        assertThat(body.path("message").asText()).contains("ingenting sparades", "Försök igen");
        assertThat(answer.getBody()).doesNotContain("HYT00", "lock", "SQL", "ACT_", "Exception");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
                .as("the task is still open")
                .isEqualTo(1);

        ResponseEntity<String> again = admin.post("/engine-rest/task/" + task.getId() + "/complete", "{}");

        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(204);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
    }
}
