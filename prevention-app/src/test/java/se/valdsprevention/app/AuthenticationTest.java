package se.valdsprevention.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Nobody gets data without logging in; demo users log in to Tasklist and find their role's filter. */
class AuthenticationTest extends DemoCountyTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anonymousRequestsGet401AndNoData() {
        RestClient anonymous = RestClient.anonymous(rest);
        for (String path : List.of(
                "/engine-rest/task",
                "/engine-rest/process-definition",
                "/engine-rest/process-instance",
                "/engine-rest/user",
                "/api/anything")) {
            ResponseEntity<String> response = anonymous.get(path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(String.valueOf(response.getBody())).as(path).doesNotContain("iavpCycle");
        }
    }

    // Camunda delays further logins of a user after a failed one, so the refused logins use users
    // that no other test logs in with.
    @Test
    void aWrongPasswordOrUnknownUserGets401() {
        assertThat(rest.withBasicAuth("manager-2462", "wrong")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "demo")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void demoUsersLogInToTasklistAndAWrongPasswordDoesNot() {
        for (String user :
                List.of("coordinator-2417", "manager-2422", "team-2462", "police-2463", "county-24", "admin")) {
            assertThat(TasklistSession.open(rest).login(user, "demo")).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(TasklistSession.open(rest).login("manager-2463", "not-the-password"))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void inTasklistTheCoordinatorSeesOnlyTheirMunicipalitysTasks() {
        String norsjoInstance = RestClient.read(RestClient.as(rest, "coordinator-2417")
                        .startCycle("2417")
                        .getBody())
                .path("id")
                .asText();
        String sorseleInstance = RestClient.read(RestClient.as(rest, "coordinator-2422")
                        .startCycle("2422")
                        .getBody())
                .path("id")
                .asText();
        TasklistSession tasklist = TasklistSession.open(rest);
        assertThat(tasklist.login("coordinator-2417", "demo")).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> tasks = tasklist.get("/task?maxResults=1000");

        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).contains(norsjoInstance).doesNotContain(sorseleInstance);
    }

    @Test
    void eachRoleFindsItsOwnTasklistFilter() {
        assertThat(filterNames("coordinator-2417"))
                .containsExactlyInAnyOrder("Mina uppgifter", "Samordnarens uppgifter");
        assertThat(filterNames("manager-2417")).containsExactlyInAnyOrder("Mina uppgifter", "Beslut att fatta");
        assertThat(filterNames("chair-2417")).containsExactlyInAnyOrder("Mina uppgifter", "Beslut för ordföranden");
        assertThat(filterNames("team-2417")).containsExactlyInAnyOrder("Mina uppgifter", "Kommunteamets uppgifter");
        assertThat(filterNames("police-2417")).containsExactlyInAnyOrder("Mina uppgifter", "Polisens uppgifter");
        assertThat(filterNames("county-24")).containsExactlyInAnyOrder("Mina uppgifter", "Länsstyrelsens uppgifter");
    }

    @Test
    void theCoordinatorFilterListsOnlyTheCoordinatorsMunicipality() {
        RestClient norsjo = RestClient.as(rest, "coordinator-2417");
        String norsjoInstance =
                RestClient.read(norsjo.startCycle("2417").getBody()).path("id").asText();
        String sorseleInstance = RestClient.read(RestClient.as(rest, "coordinator-2422")
                        .startCycle("2422")
                        .getBody())
                .path("id")
                .asText();
        String filterId = null;
        for (var filter : norsjo.json("/engine-rest/filter")) {
            if ("Samordnarens uppgifter".equals(filter.path("name").asText())) {
                filterId = filter.path("id").asText();
            }
        }

        List<String> listed = new ArrayList<>();
        norsjo.json("/engine-rest/filter/" + filterId + "/list?maxResults=1000")
                .forEach(task -> listed.add(task.path("processInstanceId").asText()));

        assertThat(listed).contains(norsjoInstance).doesNotContain(sorseleInstance);
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        RestClient.as(rest, user)
                .json("/engine-rest/filter")
                .forEach(filter -> names.add(filter.path("name").asText()));
        return names;
    }
}
