package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The county officer follows the county in Cockpit without a permission error on any of its screens' reads: the
 * dashboard's open tasks by group, deployments, decision requirements, process statistics and history. Nobody
 * else gains anything by it.
 */
class CountyOfficerCockpitTest extends DemoCountyTest {

    /** What Cockpit's dashboard, Processes, Decisions and Deployments screens read on opening. */
    static final List<String> COCKPIT_READS = List.of(
            "/task/report/candidate-group-count",
            "/deployment?sortBy=deploymentTime&sortOrder=desc&firstResult=0&maxResults=50",
            "/deployment/count",
            "/decision-requirements-definition?latestVersion=true",
            "/decision-definition?latestVersion=true",
            "/process-definition/statistics?rootIncidents=true",
            "/history/process-instance/count",
            "/incident/count");

    @Autowired
    TestRestTemplate rest;

    @Test
    void everyReadOfCockpitsScreensAnswersTheCountyOfficer() {
        TasklistSession county = TasklistSession.open(rest);
        assertThat(county.login("county-24", "demo")).isEqualTo(HttpStatus.OK);

        for (String read : COCKPIT_READS) {
            ResponseEntity<String> answer = county.get(read);
            assertThat(answer.getStatusCode())
                    .as(read + ": " + answer.getBody())
                    .isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(read).doesNotContain("permission");
        }
        assertThat(county.get("/deployment/count").getBody()).doesNotContain("\"count\":0");
    }

    @Test
    void aCoordinatorStillCannotReadEveryTask() {
        TasklistSession coordinator = TasklistSession.open(rest);
        assertThat(coordinator.login("coordinator-2417", "demo")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> report = coordinator.get("/task/report/candidate-group-count");

        assertThat(report.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    }
}
