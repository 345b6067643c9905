package se.valdsprevention.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;

/** One login for the pages and Camunda's webapps; one logout ends both; forms need their CSRF token. */
class OneLoginTest extends WorkspaceTest {

    private static final String TASKLIST_USER = "/camunda/api/admin/auth/user/default";

    @Test
    void anAnonymousVisitorIsSentToTheSwedishLoginPage() {
        PageSession browser = anonymous();

        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
        assertThat(browser.get("/camunda/app/tasklist/default/").redirectsTo("/login"))
                .isTrue();
        Page login = browser.get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.document().selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(login.document().select("label[for=username]").text()).isEqualTo("Användarnamn");
        assertThat(login.document().select("label[for=password]").text()).isEqualTo("Lösenord");
        assertThat(browser.getJson(TASKLIST_USER).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordShowsASwedishMessageAndLogsNobodyIn() {
        PageSession browser = anonymous();

        Page refused = browser.submit(
                "/login", "form[action$=/login]", Map.of("username", "team-2422", "password", "fel-losen"));

        assertThat(refused.redirectsTo("/login?fel")).isTrue();
        assertThat(browser.get("/login?fel").mainText()).contains("Fel användarnamn eller lösenord");
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenIsRefused() {
        PageSession browser = anonymous();
        browser.get("/login");

        Page forged = browser.post(
                "/login", Map.of("username", List.of("coordinator-2417"), "password", List.of("test-losen")));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void afterLoggingInOnThePageTasklistKnowsTheUserWithoutASecondLogin() {
        PageSession browser = loggedIn("coordinator-2417");

        Page taskCount = browser.getJson("/camunda/api/engine/engine/default/task/count");
        Page tasklistUser = browser.getJson(TASKLIST_USER);

        assertThat(taskCount.status()).isEqualTo(200);
        assertThat(tasklistUser.status()).isEqualTo(200);
        assertThat(tasklistUser.body())
                .contains("\"userId\":\"coordinator-2417\"")
                .contains("tasklist");
        assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }

    @Test
    void loggingOutOnThePageEndsTheTasklistSessionToo() {
        PageSession browser = loggedIn("coordinator-2417");
        assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(browser.getJson(TASKLIST_USER).status()).isEqualTo(200);

        Page out = browser.submit("/", "form[action$=/logout]", Map.of());

        assertThat(out.redirectsTo("/login?utloggad")).isTrue();
        assertThat(browser.getJson(TASKLIST_USER).status()).isEqualTo(401);
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void loggingOutInTasklistEndsThePageSessionToo() {
        PageSession browser = loggedIn("manager-2417");
        browser.get("/camunda/app/tasklist/default/");
        String xsrf = browser.cookie("XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();

        Page out = browser.send(HttpRequest.newBuilder(browser.uri(TASKLIST_USER + "/logout"))
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(out.status()).isEqualTo(200);
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
        assertThat(browser.getJson(TASKLIST_USER).status()).isEqualTo(401);
    }

    @Test
    void aLogoutPostedFromAnotherSiteDoesNotEndTheSession() {
        PageSession browser = loggedIn("coordinator-2422");

        Page forged = browser.post("/logout", Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void theDomainApiTakesHttpBasicAndNotTheBrowsersSession() {
        PageSession browser = loggedIn("coordinator-2417");
        assertThat(browser.get("/api/municipalities/2417/situation-picture").status())
                .isEqualTo(401);

        String basic = Base64.getEncoder().encodeToString("coordinator-2417:test-losen".getBytes());
        Page withBasic = anonymous()
                .send(HttpRequest.newBuilder(browser.uri("/api/municipalities/2417/situation-picture"))
                        .header("Authorization", "Basic " + basic)
                        .GET());
        assertThat(withBasic.status()).isEqualTo(404);
        assertThat(withBasic.body()).contains("NotFound");
    }
}
