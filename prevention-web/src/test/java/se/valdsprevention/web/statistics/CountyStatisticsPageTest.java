package se.valdsprevention.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.statistics.FetchThread;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub;
import se.valdsprevention.workflows.statistics.kolada.KoladaStub.Reply;

/**
 * The county officer's {@code /lan/statistik} against a local Kolada for a county of four municipalities: a fetch
 * stores every value and shows what each municipality lacks, a failing Kolada ends it with Kolada's Swedish message
 * and keeps the batches saved, and nobody but the county may look or start a fetch. The fetch runs in the request's
 * thread ({@link FetchThread#inline()}), so no test waits for it.
 */
@TestPropertySource(
        properties = {
            "prevention.county.municipalities[0].code=2417",
            "prevention.county.municipalities[0].name=Norsjö",
            "prevention.county.municipalities[0].population-women=1950",
            "prevention.county.municipalities[0].population-men=2100",
            "prevention.county.municipalities[1].code=2422",
            "prevention.county.municipalities[1].name=Sorsele",
            "prevention.county.municipalities[1].population-women=1150",
            "prevention.county.municipalities[1].population-men=1300",
            "prevention.county.municipalities[2].code=2462",
            "prevention.county.municipalities[2].name=Vilhelmina",
            "prevention.county.municipalities[2].population-women=300",
            "prevention.county.municipalities[2].population-men=300",
            "prevention.county.municipalities[3].code=2463",
            "prevention.county.municipalities[3].name=Åsele",
            "prevention.county.municipalities[3].population-women=1400",
            "prevention.county.municipalities[3].population-men=1450",
            "prevention.statistics.kolada.max-retries=1",
            "prevention.statistics.kolada.initial-backoff=1ms",
            "prevention.statistics.kolada.max-backoff=1ms",
            "prevention.statistics.kolada.requests-per-second=50",
            "prevention.statistics.kolada.indicators[0].id=N07403",
            "prevention.statistics.kolada.indicators[0].name=Anmälda våldsbrott per 100 000 invånare",
            "prevention.statistics.kolada.indicators[0].unit=per-100k",
            "prevention.statistics.kolada.indicators[0].person-based=true",
            "prevention.statistics.kolada.indicators[1].id=N07402",
            "prevention.statistics.kolada.indicators[1].name=Grov kvinnofridskränkning",
            "prevention.statistics.kolada.indicators[1].unit=percent",
            "prevention.statistics.kolada.indicators[1].person-based=false"
        })
@Import(CountyStatisticsPageTest.FetchInTheRequest.class)
class CountyStatisticsPageTest extends WorkspaceTest {

    static final String PAGE = "/lan/statistik";
    static final String VIOLENCE = "N07403";
    static final String AGGRAVATED = "N07402";
    static final KoladaStub KOLADA = KoladaStub.start();

    @TestConfiguration
    static class FetchInTheRequest {

        @Bean
        FetchThread koladaFetchThread() {
            return FetchThread.inline();
        }
    }

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry registry) {
        registry.add(
                "prevention.statistics.kolada.base-url", () -> KOLADA.baseUrl().toString());
    }

    @AfterAll
    static void stopKolada() {
        KOLADA.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    int lastYear;
    int requestsBefore;

    @BeforeEach
    void nothingFetched() {
        jdbc.update("DELETE FROM prevention_kolada_value");
        jdbc.update("DELETE FROM prevention_kolada_fetch_run");
        KOLADA.recover();
        lastYear = EngineClock.today().getYear() - 1;
        requestsBefore = KOLADA.requests().size();
    }

    List<String> newRequests() {
        List<String> all = KOLADA.requests();
        return all.subList(requestsBefore, all.size());
    }

    static String cell(Document page, String municipality, String kpi, String gender) {
        Element cell = page.selectFirst("table.county-matrix tr[data-kommun=" + municipality + "] td[data-kpi=" + kpi
                + "][data-kon=" + gender + "]");
        assertThat(cell).as("cell %s %s %s", municipality, kpi, gender).isNotNull();
        return cell.text();
    }

    static List<String> lacks(Document page, String municipality) {
        return page.select("ul.lacks > li[data-kommun=" + municipality + "] li").eachText();
    }

    int runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM prevention_kolada_fetch_run", Integer.class);
    }

    @Test
    void theCountyOfficerFetchesTheTemplateForAllMunicipalitiesAndSeesWhatEachLacks() {
        KOLADA.missingForWomen(VIOLENCE, "2463", lastYear);
        PageSession county = loggedIn("county-24");

        var before = county.get(PAGE);
        assertThat(before.status()).isEqualTo(200);
        Document empty = before.document();
        assertThat(empty.selectFirst("h1").text()).isEqualTo("Statistik från Kolada för länet");
        assertThat(empty.select("table.indicators tbody tr").eachText())
                .containsExactly(
                        "N07403 Anmälda våldsbrott per 100 000 invånare per 100 000 invånare ja",
                        "N07402 Grov kvinnofridskränkning procent nej");
        assertThat(before.mainText()).contains("Inget har hämtats från Kolada ännu.", "Källa: Kolada");
        assertThat(cell(empty, "2417", VIOLENCE, "totalt")).isEqualTo("ej hämtad");
        assertThat(lacks(empty, "2463")).contains("N07403 Anmälda våldsbrott per 100 000 invånare: ej hämtad");

        var started = county.submit(PAGE, "form.fetch-form", Map.of());
        assertThat(started.redirectsTo(PAGE))
                .as(started.status() + " " + started.body())
                .isTrue();

        Document page = county.get(PAGE).document();
        assertThat(page.selectFirst("#forlopp label").text()).isEqualTo("Klar: 2 av 2 omgångar hämtade");
        Element progress = page.selectFirst("progress#hamtning-progress");
        assertThat(progress.attr("value")).isEqualTo("2");
        assertThat(progress.attr("max")).isEqualTo("2");
        assertThat(page.selectFirst("#forlopp").hasAttr("hx-get")).isFalse();
        assertThat(page.selectFirst(".started-by").text()).isEqualTo("Lena Länsstyrelsen");
        assertThat(page.selectFirst(".run-facts").text())
                .contains((lastYear - 4) + "–" + lastYear)
                .contains(LocalDate.now(EngineClock.zone()).toString());
        assertThat(page.selectFirst("#matris-rubrik").text()).isEqualTo("Värden per kommun " + lastYear);
        assertThat(cell(page, "2463", VIOLENCE, "kvinnor")).isEqualTo("saknas");
        assertThat(cell(page, "2463", VIOLENCE, "män")).isNotIn("saknas", "ej hämtad");
        String percent = Cell.number(java.math.BigDecimal.valueOf(KoladaStub.value(
                        AGGRAVATED, "2417", lastYear, se.valdsprevention.workflows.statistics.kolada.Gender.TOTAL))
                .add(new java.math.BigDecimal("0.5")));
        assertThat(cell(page, "2417", AGGRAVATED, "totalt")).isEqualTo(percent);
        // 300 women and 300 men: any rate per 100 000 under 1 000 stands for 1 to 3 persons.
        assertThat(cell(page, "2462", VIOLENCE, "kvinnor")).isEqualTo("färre än 5");
        assertThat(cell(page, "2462", VIOLENCE, "män")).isEqualTo("färre än 5");
        assertThat(lacks(page, "2463"))
                .containsExactly("N07403 Anmälda våldsbrott per 100 000 invånare: saknas för kvinnor");
        assertThat(page.select("ul.lacks > li").eachAttr("data-kommun")).containsExactly("2463");
        assertThat(page.select("table.county-matrix td").eachText()).doesNotContain("ej hämtad");
        assertThat(page.select("main .source").text()).isEqualTo("Källa: Kolada");
    }

    @Test
    void koladaAnswering500EndsTheFetchAsFailedWithItsMessageAndKeepsTheBatchesSaved() {
        KOLADA.then(Reply.generated(), Reply.generated()).failWith(500);
        PageSession county = loggedIn("county-24");

        var started = county.submit(PAGE, "form.fetch-form", Map.of());
        assertThat(started.redirectsTo(PAGE)).isTrue();

        Document page = county.get(PAGE).document();
        assertThat(page.selectFirst("#forlopp label").text()).isEqualTo("Misslyckades: 1 av 2 omgångar hämtade");
        assertThat(page.selectFirst(".run-error").text())
                .contains("Kolada svarar med ett serverfel (HTTP 500), även efter 1 nya försök. Försök igen senare.");
        assertThat(cell(page, "2417", VIOLENCE, "totalt")).isNotIn("saknas", "ej hämtad");
        assertThat(cell(page, "2417", AGGRAVATED, "totalt")).isEqualTo("ej hämtad");
        assertThat(lacks(page, "2422")).containsExactly("N07402 Grov kvinnofridskränkning: ej hämtad");
        assertThat(page.selectFirst("form.fetch-form"))
                .as("a new fetch may start")
                .isNotNull();
    }

    @Test
    void aSecondStartWhileAFetchRunsIsRefusedAndThePageFollowsTheRunningOne() {
        Instant now = EngineClock.now();
        jdbc.update(
                "INSERT INTO prevention_kolada_fetch_run (id, started_by, started_at, updated_at, status, done_steps,"
                        + " total_steps, first_year, last_year, active) VALUES ('another-node', 'county-24', ?, ?,"
                        + " 'RUNNING', 1, 2, ?, ?, TRUE)",
                Timestamp.from(now),
                Timestamp.from(now),
                lastYear - 4,
                lastYear);
        PageSession county = loggedIn("county-24");

        var page = county.get(PAGE);
        Document running = page.document();
        assertThat(running.selectFirst("#forlopp label").text()).isEqualTo("Hämtar … 1 av 2 omgångar");
        assertThat(running.selectFirst("#forlopp").attr("hx-get")).endsWith("/lan/statistik/forlopp");
        assertThat(running.selectFirst("#forlopp").attr("hx-trigger")).isEqualTo("every 2s");
        assertThat(running.select("#forlopp a").eachText()).containsExactly("Uppdatera förloppet");
        assertThat(running.selectFirst("form.fetch-form")).isNull();

        var refused = county.post(PAGE + "/hamta", Map.of("_csrf", List.of(county.csrfToken(PAGE))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.mainText())
                .contains("En hämtning från Kolada pågår redan (startad av county-24). Vänta tills den är klar innan"
                        + " du startar en ny.");
        assertThat(runs()).isEqualTo(1);
        assertThat(newRequests()).isEmpty();

        var polled = county.exchange(HttpRequest.newBuilder(county.uri(PAGE + "/forlopp"))
                .header("HX-Request", "true")
                .GET());
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.headers().firstValue("HX-Refresh")).isEmpty();
        assertThat(polled.body()).contains("Hämtar … 1 av 2 omgångar").doesNotContain("<html");

        jdbc.update(
                "UPDATE prevention_kolada_fetch_run SET status = 'SUCCEEDED', done_steps = 2, finished_at = ?,"
                        + " active = NULL",
                Timestamp.from(now));
        var ended = county.exchange(HttpRequest.newBuilder(county.uri(PAGE + "/forlopp"))
                .header("HX-Request", "true")
                .GET());
        assertThat(ended.headers().firstValue("HX-Refresh")).contains("true");
    }

    @Test
    void aCoordinatorIsRefusedTheStatisticsAndCannotStartAFetch() {
        PageSession coordinator = loggedIn("coordinator-2417");

        var page = coordinator.get(PAGE);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.mainText())
                .contains("Du saknar behörighet", "Statistiken för hela länet är till för länsstyrelsen.");
        assertThat(coordinator.get(PAGE + "/forlopp").status()).isEqualTo(403);
        var post = coordinator.post(PAGE + "/hamta", Map.of("_csrf", List.of(coordinator.csrfToken("/"))));
        assertThat(post.status()).isEqualTo(403);
        assertThat(runs()).isZero();
        assertThat(coordinator.get("/").document().select("nav a").eachText()).doesNotContain("Länets statistik");
        assertThat(loggedIn("county-24").get("/").document().select("nav a").eachText())
                .contains("Länets statistik");
    }

    @Test
    void aStartWithoutTheCsrfTokenIsRefused() {
        PageSession county = loggedIn("county-24");

        var post = county.post(PAGE + "/hamta", Map.of());

        assertThat(post.status()).isEqualTo(403);
        assertThat(runs()).isZero();
        assertThat(newRequests()).isEmpty();
    }
}
