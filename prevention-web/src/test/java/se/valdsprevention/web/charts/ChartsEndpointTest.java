package se.valdsprevention.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.charts.ChartFixtures.percent;
import static se.valdsprevention.web.charts.ChartFixtures.persons;
import static se.valdsprevention.web.charts.SituationChartsTest.desc;
import static se.valdsprevention.web.charts.SituationChartsTest.parse;
import static se.valdsprevention.web.charts.SituationChartsTest.texts;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The charts' SVG addresses: who gets them, how they are served, and that they draw the stored picture. */
class ChartsEndpointTest extends WorkspaceTest {

    static final String KON = "/kommuner/2417/lagesbild/diagram/kon.svg";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    @Test
    void anSvgImageIsServedAsAnImageThatCannotRunAnything() {
        HttpResponse<String> response = raw(loggedIn("coordinator-2417"), KON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml;charset=UTF-8");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(parse(response.body()).getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @Test
    void everyoneWhoMayReadTheMunicipalityGetsItsChartsAndNobodyElse() {
        for (String user : List.of("coordinator-2417", "team-2417", "manager-2417", "police-2417", "county-24")) {
            for (String chart : List.of("kon", "pyramid", "trend")) {
                assertThat(loggedIn(user)
                                .get("/kommuner/2417/lagesbild/diagram/" + chart + ".svg")
                                .status())
                        .as(user + " " + chart)
                        .isEqualTo(200);
            }
        }
        PageSession sorsele = loggedIn("coordinator-2422");
        assertThat(sorsele.get(KON).status()).isEqualTo(404);
        assertThat(sorsele.get("/kommuner/2417/lagesbild/diagram/trend.svg").status())
                .isEqualTo(404);
        assertThat(sorsele.get(KON).body()).doesNotContain("<svg");
        assertThat(sorsele.get("/kommuner/9999/lagesbild/diagram/kon.svg").status())
                .isEqualTo(404);
        assertThat(loggedIn("coordinator-2417")
                        .get("/kommuner/2417/lagesbild/diagram/okant.svg")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous().get(KON).redirectsTo("/login")).isTrue();
    }

    @Test
    void theStoredPictureOfTheCycleIsDrawnWithoutItsSmallCounts() {
        String cycle = startCycle("2417", "Norsjö diagram");
        pictures.save(
                cycle,
                picture(
                        2025,
                        persons("chart-harassed", "Utsatta <script>alert(1)</script> & \"citat\"", null, 3, 12, null),
                        percent("chart-attitudes", "Accepterar våld", "41.5", "38")),
                "coordinator-2417",
                Instant.now());

        Page page = loggedIn("manager-2417").get(KON + "?cykel=" + cycle);

        assertThat(page.status()).isEqualTo(200);
        var document = parse(page.body());
        assertThat(texts(document))
                .contains("Kvinnor: färre än 5", "Män: 12", "Kvinnor: 41,5", "Män: 38")
                .noneMatch(text -> text.startsWith("Kvinnor: 3"));
        assertThat(page.body()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(desc(document))
                .contains("Utsatta <script>alert(1)</script> & \"citat\" (personer): kvinnor färre än 5");
        assertThat(texts(parse(loggedIn("coordinator-2417")
                        .get("/kommuner/2417/lagesbild/diagram/pyramid.svg?cykel=" + cycle)
                        .body())))
                .contains("1. nedvärderande normer och attityder");
    }

    @Test
    void aCycleWithoutAPictureAndAnotherMunicipalitysCycleGiveTheEmptyChart() {
        String empty = startCycle("2417", "Norsjö utan lägesbild");
        String norsjo = startCycle("2417", "Norsjö med lägesbild");
        pictures.save(norsjo, picture(2025, percent("x", "Andel", "10", "20")), "coordinator-2417", Instant.now());

        Page nothingYet = loggedIn("coordinator-2417").get(KON + "?cykel=" + empty);
        Page othersCycle = loggedIn("coordinator-2422").get("/kommuner/2422/lagesbild/diagram/kon.svg?cykel=" + norsjo);
        Page tooLong = loggedIn("coordinator-2417").get(KON + "?cykel=" + "x".repeat(5000));

        for (Page page : List.of(nothingYet, othersCycle, tooLong)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(texts(parse(page.body()))).containsExactly("Inga uppgifter att visa");
        }
    }

    @Test
    void theTrendShowsTheAgreedPicturesOfEarlierCyclesAndTheCurrentOne() {
        String earlier = startCycle("2417", "Norsjö 1991");
        String current = startCycle("2417", "Norsjö 1992");
        pictures.save(
                earlier,
                picture(1991, persons("trend-harassed", "Kränkta i trendtest", null, 12, 10, null))
                        .agree("Kommunteamet", LocalDate.of(1992, 2, 1)),
                "coordinator-2417",
                Instant.now());
        pictures.save(
                current,
                picture(1992, persons("trend-harassed", "Kränkta i trendtest", null, 3, 11, null)),
                "coordinator-2417",
                Instant.now());

        Page trend = loggedIn("county-24").get("/kommuner/2417/lagesbild/diagram/trend.svg?cykel=" + current);

        var document = parse(trend.body());
        assertThat(desc(document))
                .contains("Kränkta i trendtest – kvinnor (personer): 1991 12, 1992 färre än 5.")
                .contains("Kränkta i trendtest – män (personer): 1991 10, 1992 11.");
        assertThat(texts(document)).contains("Kränkta i trendtest – kvinnor: färre än 5", "1991", "1992");
    }

    private String startCycle(String municipality, String label) {
        identityService.setAuthentication("coordinator-" + municipality, List.of("coordinator"), List.of(municipality));
        try {
            String instance = runtimeService
                    .startProcessInstanceByKey(
                            "iavpCycle", Map.of("municipalityCode", municipality, "cycleLabel", label))
                    .getId();
            return (String) runtimeService.getVariable(instance, CycleVariables.CYCLE_ID);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static SituationPicture picture(int year, Indicator... indicators) {
        return ChartFixtures.draft("2417", year, List.of(indicators));
    }

    private static HttpResponse<String> raw(PageSession session, String path) {
        return session.exchange(HttpRequest.newBuilder(session.uri(path)).GET());
    }
}
