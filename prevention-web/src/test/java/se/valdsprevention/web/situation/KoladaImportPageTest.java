package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * "Hämta från Kolada": the coordinator fills the picture's indicators from Kolada without typing a number, through a
 * preview that saves nothing, and a confirmation that saves what the preview showed; against a local Kolada.
 */
class KoladaImportPageTest extends WorkspaceTest {

    static final String VIOLENCE = "N07403";
    static final String ASSAULTS = "N99001";
    static final String POPULATION = "N01951";

    static final LocalKolada KOLADA = LocalKolada.start();

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry registry) {
        registry.add("prevention.statistics.kolada.base-url", KOLADA::baseUrl);
        registry.add("prevention.statistics.kolada.max-retries", () -> "1");
        registry.add("prevention.statistics.kolada.initial-backoff", () -> "10ms");
        registry.add("prevention.statistics.kolada.population-kpi", () -> POPULATION);
        registry.add("prevention.statistics.kolada.indicators[0].id", () -> VIOLENCE);
        registry.add(
                "prevention.statistics.kolada.indicators[0].name", () -> "Anmälda våldsbrott per 100 000 invånare");
        registry.add("prevention.statistics.kolada.indicators[0].unit", () -> "per-100k");
        registry.add("prevention.statistics.kolada.indicators[0].person-based", () -> "true");
        registry.add("prevention.statistics.kolada.indicators[0].pyramid-level", () -> "serious-violence");
        registry.add("prevention.statistics.kolada.indicators[1].id", () -> ASSAULTS);
        registry.add("prevention.statistics.kolada.indicators[1].name", () -> "Anmälda misshandelsbrott");
        registry.add("prevention.statistics.kolada.indicators[1].unit", () -> "persons");
        registry.add("prevention.statistics.kolada.indicators[1].person-based", () -> "true");
    }

    @AfterAll
    static void stopKolada() {
        KOLADA.close();
    }

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    SituationPageFixture cycles;

    @BeforeEach
    void fixture() {
        cycles = new SituationPageFixture(runtimeService, identityService, pictures);
        KOLADA.clear();
        // Norsjö's population; 3 women in 1,950 is a rate of 153.8 per 100 000.
        for (int year = 2021; year <= 2025; year++) {
            KOLADA.set(POPULATION, "2417", year, "1950", "2100", "4050");
            KOLADA.set(VIOLENCE, "2417", year, "153.8", "952.4", "567.9");
        }
        KOLADA.set(ASSAULTS, "2417", 2025, "3", "12", "15");
        KOLADA.set(ASSAULTS, "2417", 2024, null, "10", "18");
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    static String kolada(String code) {
        return url(code) + "/kolada";
    }

    private static Page preview(PageSession session, String code, String year) {
        return session.submit(kolada(code), "#hamta-form", Map.of("ar", year));
    }

    @Test
    void thePreviewShowsFiveYearsWithMissingValuesMarkedAndSmallCountsHiddenAndSavesNothing() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = preview(coordinator, "2417", "2025");

        assertThat(page.status()).isEqualTo(200);
        Document doc = page.document();
        assertThat(doc.select("#kolada-forhandsvisning thead th").eachText())
                .contains("2021 kvinnor / män / totalt", "2025 kvinnor / män / totalt");
        var assaults = doc.selectFirst("#kpi-" + ASSAULTS);
        assertThat(assaults.text()).contains("Anmälda misshandelsbrott", "(" + ASSAULTS + ")");
        assertThat(assaults.select("td.number").eachText())
                .as("2021–2023 have no values, 2024 misses women, 2025 has 3 women: hidden")
                .containsExactly(
                        "saknas / saknas / saknas",
                        "saknas / saknas / saknas",
                        "saknas / saknas / saknas",
                        "saknas / 10 / 18",
                        "färre än 5 / dolt för att skydda små tal / 15");
        assertThat(doc.selectFirst("#kpi-" + VIOLENCE)
                        .select("td.number")
                        .last()
                        .text())
                .as("the rate of 153.8 per 100 000 among 1,950 women is 3 women")
                .isEqualTo("färre än 5 / dolt för att skydda små tal / 567,9");
        assertThat(doc.selectFirst("#kpi-" + ASSAULTS + " td.change").text()).contains("läggs till");
        assertThat(doc.select(".source").text()).contains("Källa: Kolada");
        assertThat(page.body()).doesNotContain("153.8", "153,8", ">3 /");
        assertThat(cycles.revisions(cycle)).as("a preview saves nothing").isZero();
    }

    @Test
    void confirmingSavesEachIndicatorWithItsSourceKpiAndRetrievalTime() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page saved = coordinator.submitOn(preview(coordinator, "2417", "2025"), "#spara-form", Map.of());

        assertThat(saved.redirectsTo(url("2417") + "?sparad=1"))
                .as(saved.body())
                .isTrue();
        List<Indicator> indicators =
                pictures.latest(cycles.cycleId(cycle)).orElseThrow().picture().indicators();
        assertThat(indicators).extracting(Indicator::id).containsExactly("kolada-n07403", "kolada-n99001");
        Indicator assaults = indicators.get(1);
        assertThat(assaults.source()).isEqualTo("Kolada (" + ASSAULTS + ")");
        assertThat(assaults.women()).isEqualByComparingTo("3");
        assertThat(assaults.men()).isEqualByComparingTo("12");
        assertThat(assaults.total()).isEqualByComparingTo("15");
        IndicatorOrigin origin = assaults.origin();
        assertThat(origin.system()).isEqualTo(IndicatorOrigin.KOLADA);
        assertThat(origin.reference()).isEqualTo(ASSAULTS);
        assertThat(origin.year()).isEqualTo(2025);
        assertThat(origin.retrievedAt()).isNotNull();
        assertThat(indicators.get(0).population().women()).isEqualTo(1950L);
        assertThat(pictures.latest(cycles.cycleId(cycle))
                        .orElseThrow()
                        .picture()
                        .period()
                        .start())
                .hasToString("2025-01-01");

        Document page = coordinator.get(url("2417")).document();
        assertThat(page.select("#lagesbild-form input[name='indicators[1].women']")
                        .attr("value"))
                .as("the team's own form shows the raw figure to those who write the picture")
                .isEqualTo("3");
        PageSession manager = loggedIn("manager-2417");
        String shown = manager.get(url("2417")).document().select("main").text();
        assertThat(shown).contains("färre än 5", "Kolada (" + ASSAULTS + ")", "Källa: Kolada");

        Page csv = manager.get(url("2417") + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines)
                .as("the export hides the same small values as the page")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Anmälda våldsbrott per 100 000 invånare;")
                        .contains("Kolada (" + VIOLENCE + ")", ";färre än 5;dolt för att skydda små tal;567,9"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Anmälda misshandelsbrott;")
                        .contains(";färre än 5;dolt för att skydda små tal;15"));
        assertThat(csv.body()).doesNotContain("153,8", "952,4", ";3;", ";12;");
    }

    @Test
    void aReimportShowsWhatChangedAndKeepsWhatTheTeamWrote() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        coordinator.submitOn(preview(coordinator, "2417", "2025"), "#spara-form", Map.of());
        KOLADA.set(ASSAULTS, "2417", 2025, "6", "14", "20");

        Page again = preview(coordinator, "2417", "2025");

        assertThat(again.document()
                        .selectFirst("#kpi-" + ASSAULTS + " td.change")
                        .text())
                .isEqualTo("ändras: från kvinnor färre än 5, män dolt för att skydda små tal, totalt 15"
                        + " till kvinnor 6, män 14, totalt 20");
        assertThat(again.document()
                        .selectFirst("#kpi-" + VIOLENCE + " td.change")
                        .text())
                .isEqualTo("oförändrad");
        Page saved = coordinator.submitOn(again, "#spara-form", Map.of("kpi", ASSAULTS));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(pictures.latest(cycles.cycleId(cycle))
                        .orElseThrow()
                        .picture()
                        .indicator("kolada-n99001"))
                .get()
                .extracting(Indicator::total)
                .satisfies(total -> assertThat(total).isEqualByComparingTo("20"));
    }

    @Test
    void aSaveRefusesWhenKoladaChangedSinceThePreviewAndSavesNothing() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        Page preview = preview(coordinator, "2417", "2025");
        KOLADA.set(ASSAULTS, "2417", 2025, "30", "12", "42");

        Page refused = coordinator.submitOn(preview, "#spara-form", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().selectFirst("#fel").text()).contains("Koladas värden har ändrats");
        assertThat(refused.document().selectFirst("#kpi-" + ASSAULTS).text()).contains("30 / 12 / 42");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void forgedKeyFiguresYearsAndButtonsAreRefusedWithNothingSaved() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        Page preview = preview(coordinator, "2417", "2025");

        Page foreignKpi = coordinator.submitOn(preview, "#spara-form", Map.of("kpi", "N00945"));
        Page badYear = coordinator.submitOn(preview, "#spara-form", Map.of("ar", "20x5"));
        Page futureYear = coordinator.submitOn(preview, "#spara-form", Map.of("ar", "2999"));
        Page hostile = coordinator.submitOn(preview, "#spara-form", Map.of("kpi", "<script>alert(1)</script>"));
        Page button = coordinator.submitOn(preview, "#spara-form", Map.of("action", "delete"));
        Page forgedBase = coordinator.submitOn(preview, "#spara-form", Map.of("baseRevision", "7"));

        assertThat(foreignKpi.status()).isEqualTo(400);
        assertThat(foreignKpi.document().selectFirst("#fel").text()).contains("N00945", "finns inte i länets mall");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.document().selectFirst("#fel").text()).startsWith("År:");
        assertThat(futureYear.status()).isEqualTo(400);
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(button.status()).isEqualTo(400);
        assertThat(forgedBase.status()).isEqualTo(409);
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void whenKoladaFailsTheUserIsToldInSwedishAndNothingIsSaved() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        KOLADA.failWith(500);

        Page page = preview(coordinator, "2417", "2025");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.document().selectFirst("#fel").text()).contains("Kolada", "Inget sparades");
        assertThat(page.body()).doesNotContain("Exception", "stub");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void onlyThoseWhoWriteThePictureMayImportAndOthersMunicipalitiesStayHidden() {
        cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession manager = loggedIn("manager-2417");
        PageSession sorsele = loggedIn("coordinator-2422");

        assertThat(manager.get(kolada("2417")).status()).isEqualTo(403);
        Page forged = manager.post(
                kolada("2417"),
                Map.of(
                        "_csrf", List.of(manager.csrfToken("/")),
                        "action", List.of("preview"),
                        "ar", List.of("2025")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(sorsele.get(kolada("2417")).status()).isEqualTo(404);
        assertThat(KOLADA.dataRequests())
                .as("nobody without the right made Kolada answer")
                .isZero();
    }

    @Test
    void outsideTheTaskTheImportIsClosedAndSaysWhy() {
        cycles.startAt("2417", "Norsjö 2026", "agreeSituationPicture");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page page = coordinator.get(kolada("2417"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().selectFirst("#ej-tillgangligt").text()).contains("Sammanställ lägesbilden");
        assertThat(page.document().selectFirst("#hamta-form")).isNull();
    }

    @Test
    void editingThePictureKeepsTheOriginOfUnchangedFiguresAndDropsItForChangedOnes() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        coordinator.submitOn(preview(coordinator, "2417", "2025"), "#spara-form", Map.of());

        Page saved = coordinator.submit(
                url("2417"), "#lagesbild-form", Map.of("indicators[1].total", "16", "action", "save"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var picture = pictures.latest(cycles.cycleId(cycle)).orElseThrow().picture();
        assertThat(picture.indicator("kolada-n07403").orElseThrow().origin()).isNotNull();
        assertThat(picture.indicator("kolada-n07403").orElseThrow().population())
                .isNotNull();
        assertThat(picture.indicator("kolada-n99001").orElseThrow().origin())
                .as("a figure changed by hand is no longer Kolada's")
                .isNull();
    }
}
