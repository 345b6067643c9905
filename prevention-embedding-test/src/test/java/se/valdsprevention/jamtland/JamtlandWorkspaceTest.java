package se.valdsprevention.jamtland;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Jämtland adds prevention-web and gets the same pages: its administrator logs in on the workspace's login page
 * and the start page lists Jämtland's own municipalities.
 */
@SpringBootTest(
        classes = JamtlandCamundaApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:jamtland-web;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "camunda.bpm.generate-unique-process-engine-name=false"
        })
class JamtlandWorkspaceTest {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void theAdministratorLogsInOnTheWorkspaceAndSeesJamtlandsMunicipalities() throws Exception {
        Document login = page(get("/login"));
        assertThat(login.selectFirst("html").attr("lang")).isEqualTo("sv");
        String token = login.selectFirst("input[name=_csrf]").attr("value");

        HttpResponse<String> home = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin-jamtland&password="
                                + URLEncoder.encode("change-me-before-any-real-use", StandardCharsets.UTF_8)
                                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        Document start = page(home);
        assertThat(start.select("main h1").text()).isEqualTo("Mina kommuner");
        assertThat(start.select("main h2").eachText())
                .contains("Krokom (2309)", "Östersund (2380)", "Aviseringar via e-post")
                .hasSize(8 + 1);
        assertThat(start.select("header").text()).contains("Länsstyrelsen Jämtland");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
