package se.valdsprevention.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.WorkspaceTest;

/**
 * Who may open which page, as one matrix over every role of Norsjö (2417), Sorsele's coordinator, the county
 * officer and an anonymous visitor. Reading is for those who work for the municipality; another municipality's
 * pages do not exist for them (404, the same as an unknown municipality); curating the method bank and the
 * county's statistics are the county's. What each role may post is tested beside each page.
 */
class AccessMatrixTest extends WorkspaceTest {

    private static final String ANONYMOUS = "anonym";
    private static final List<String> USERS = List.of(
            "coordinator-2417", "team-2417", "manager-2417", "police-2417", "county-24", "coordinator-2422", ANONYMOUS);

    @Test
    void everyPageAnswersEachRoleAsItsRightsSay() {
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        for (String page : List.of(
                "/kommuner/2417/lagesbild",
                "/kommuner/2417/handlingsplan",
                "/kommuner/2417/avstamningar",
                "/kommuner/2417",
                "/kommuner/2417/lagesbild/diagram/kon.svg",
                "/kommuner/2417/rapport.pdf")) {
            expected.put(page, statuses(200, 200, 200, 200, 200, 404));
        }
        for (String page : List.of(
                "/kommuner/2422/lagesbild",
                "/kommuner/2422/handlingsplan",
                "/kommuner/2422/avstamningar",
                "/kommuner/2422",
                "/kommuner/2422/rapport.pdf")) {
            expected.put(page, statuses(404, 404, 404, 404, 200, 200));
        }
        for (String page : List.of("/kommuner/9999/lagesbild", "/kommuner/24170/handlingsplan", "/kommuner/9999")) {
            expected.put(page, statuses(404, 404, 404, 404, 404, 404));
        }
        expected.put("/", statuses(200, 200, 200, 200, 200, 200));
        expected.put("/metodbank", statuses(200, 200, 200, 200, 200, 200));
        expected.put("/metodbank/ny", statuses(403, 403, 403, 403, 200, 403));
        expected.put("/lan/statistik", statuses(403, 403, 403, 403, 200, 403));
        expected.put("/lan", statuses(403, 403, 403, 403, 200, 403));

        Map<String, PageSession> sessions = new LinkedHashMap<>();
        for (String user : USERS) {
            sessions.put(user, user.equals(ANONYMOUS) ? anonymous() : loggedIn(user));
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((page, byUser) -> byUser.forEach((user, status) -> {
            PageSession.Page answer = sessions.get(user).get(page);
            if (answer.status() != status) {
                wrong.add(user + " GET " + page + ": " + answer.status() + ", expected " + status);
            }
            if (status == 404 && !answer.body().contains("Sidan finns inte")) {
                wrong.add(user + " GET " + page + ": the 404 is not the Swedish page");
            }
        }));
        for (String page : expected.keySet()) {
            PageSession.Page anonymousAnswer = sessions.get(ANONYMOUS).get(page);
            if (!anonymousAnswer.redirectsTo("/login")) {
                wrong.add("anonymous GET " + page + ": " + anonymousAnswer.status() + " " + anonymousAnswer.location());
            }
        }

        assertThat(wrong).isEmpty();
    }

    /** Expected statuses for the six logged-in users, in the order of {@link #USERS}. */
    private static Map<String, Integer> statuses(int... perUser) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < perUser.length; i++) {
            statuses.put(USERS.get(i), perUser[i]);
        }
        return statuses;
    }
}
