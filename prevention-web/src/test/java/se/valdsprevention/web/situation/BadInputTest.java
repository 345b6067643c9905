package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.picture;
import static se.valdsprevention.web.situation.SituationPageFixture.post;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/** Whatever a browser or a script sends, the page answers with a Swedish message at the field and saves nothing. */
class BadInputTest extends WorkspaceTest {

    static final String FORM = "#lagesbild-form";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    @Autowired
    SituationPictures pictures;

    SituationPageFixture cycles;
    String cycle;
    PageSession coordinator;

    @BeforeEach
    void writing() {
        cycles = new SituationPageFixture(runtimeService, identityService, pictures);
        cycle = cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        coordinator = loggedIn("coordinator-2417");
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    @Test
    void anIndicatorWithoutANameIsRefusedAtItsNameField() {
        Page refused = post(coordinator, "2417", picture("", "10", "10", "20"));

        assertRefusedAt(refused, "indicators[0].name", "Indikator 1: Namn");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void lettersInANumberAreRefusedInSwedishAndKeptInTheField() {
        Page refused = post(coordinator, "2417", picture("Elever utsatta för kränkningar", "abc", "10", "20"));

        Element field = assertRefusedAt(
                refused, "indicators[0].women", "Indikator 1 (Elever utsatta för kränkningar): Kvinnor");
        assertThat(refused.document().select("#fel-indicators-0-women").text())
                .isEqualTo("Skriv ett tal med siffror, till exempel 12 eller 3,5.");
        assertThat(field.attr("value")).isEqualTo("abc");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void aNegativeCountIsRefused() {
        Page refused = post(coordinator, "2417", picture("Kränkningar", "-5", "10", "20"));

        assertRefusedAt(refused, "indicators[0].women", "Indikator 1 (Kränkningar): Kvinnor");

        Page absurd = post(coordinator, "2417", picture("Kränkningar", "5", "99999999999999", ""));
        assertRefusedAt(absurd, "indicators[0].men", "Indikator 1 (Kränkningar): Män");
        assertThat(absurd.document().select("#fel-indicators-0-men").text()).contains("orimligt stort");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void womenAndMenAboveTheTotalAreRefusedAndBelowItWarned() {
        Page refused = post(coordinator, "2417", picture("Kränkningar", "15", "10", "20"));

        assertRefusedAt(refused, "indicators[0].total", "Indikator 1 (Kränkningar): Totalt");
        assertThat(refused.document().select("#fel-indicators-0-total").text()).contains("är fler än totalt");
        assertThat(cycles.revisions(cycle)).isZero();

        Map<String, String> below = picture("Kränkningar", "5", "10", "20");
        below.put("action", "addIndicator");
        Page warned = post(coordinator, "2417", below);
        below.put("action", "save");
        assertThat(warned.status()).isEqualTo(200);
        Page saved = post(coordinator, "2417", below);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(cycles.revisions(cycle)).isEqualTo(1);
    }

    @Test
    void aWarningIsShownNextToTheTotalWhenTheSplitDoesNotAddUp() {
        Map<String, String> fields = picture("Kränkningar", "5", "10", "20");
        fields.put("indicators[1].name", "");
        fields.put("indicators[1].unit", "");
        fields.put("periodEnd", "2026-02-30");

        Page refused = post(coordinator, "2417", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#varning-indicators-0-total").text())
                .contains("är färre än totalt");
        assertThat(refused.document().select("#f-indicators-0-total").attr("aria-describedby"))
                .contains("varning-indicators-0-total");
    }

    @Test
    void absurdDatesAreRefusedAtTheirFields() {
        Map<String, String> fields = picture("Kränkningar", "10", "10", "20");
        fields.put("periodStart", "-0001-01-01");
        fields.put("periodEnd", "2026-02-30");

        Page refused = post(coordinator, "2417", fields);

        assertRefusedAt(refused, "periodStart", "Periodens första dag");
        assertRefusedAt(refused, "periodEnd", "Periodens sista dag");
        assertThat(refused.document().select("#fel-periodEnd").text()).contains("ÅÅÅÅ-MM-DD");
        assertThat(refused.document().select("#f-periodStart").attr("value")).isEqualTo("-0001-01-01");

        fields.put("periodStart", "2026-12-31");
        fields.put("periodEnd", "2026-01-01");
        assertRefusedAt(post(coordinator, "2417", fields), "periodEnd", "Periodens sista dag");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void aMegabyteOfTextIsRefusedAtItsField() {
        Map<String, String> fields = picture("Kränkningar", "10", "10", "20");
        fields.put("genderEqualityAnalysis.summary", "x".repeat(1_000_000));

        Page refused = post(coordinator, "2417", fields);

        assertRefusedAt(refused, "genderEqualityAnalysis.summary", "Jämställdhetsanalys: Sammanfattning");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void tenThousandRowsAreRefusedQuicklyWithAMessage() {
        Map<String, List<String>> body = new LinkedHashMap<>();
        body.put("_csrf", List.of(coordinator.csrfToken("/")));
        body.put("cycleId", List.of(cycles.cycleId(cycle)));
        body.put("baseRevision", List.of("0"));
        body.put("action", List.of("save"));
        for (int i = 0; i < 10_000; i++) {
            body.put("indicators[" + i + "].name", List.of("Rad " + i));
        }
        Instant start = Instant.now();

        Page refused = coordinator.post(url("2417"), body);

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mainText()).contains("Inget sparades");
        assertThat(cycles.revisions(cycle)).isZero();

        Map<String, String> farIndex = picture("Rad", "10", "10", "20");
        farIndex.put("indicators[" + (PictureConversion.MAX_BOUND_ROWS + 50) + "].name", "Långt bort");
        Page beyondTheBinder = post(coordinator, "2417", farIndex);
        assertThat(beyondTheBinder.status()).isEqualTo(400);
        assertThat(beyondTheBinder.mainText()).contains("För många rader", "Inget sparades");

        Map<String, String> tooMany = picture("Rad", "10", "10", "20");
        for (int i = 1; i <= PictureConversion.MAX_INDICATORS; i++) {
            tooMany.put("indicators[" + i + "].name", "Rad " + i);
            tooMany.put("indicators[" + i + "].unit", "OTHER");
            tooMany.put("indicators[" + i + "].total", "1");
        }
        Page limited = post(coordinator, "2417", tooMany);
        assertThat(limited.status()).isEqualTo(400);
        assertThat(limited.document().select("#fel-indicators").text())
                .contains("högst " + PictureConversion.MAX_INDICATORS + " indikatorer");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void aScriptInANameComesBackEscaped() {
        String script = "<script>alert('x')</script>";
        Page refused = post(coordinator, "2417", picture(script, "abc", "10", "20"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain(script).contains("&lt;script&gt;");

        assertThat(post(coordinator, "2417", picture(script, "10", "10", "20")).status())
                .isEqualTo(302);
        Page page = coordinator.get(url("2417"));
        assertThat(page.body()).doesNotContain(script);
        assertThat(page.document().select("input[name='indicators[0].name']").attr("value"))
                .isEqualTo(script);
        assertThat(loggedIn("manager-2417").get(url("2417")).body()).doesNotContain(script);
    }

    @Test
    void aSaveOverANewerRevisionIsRefusedAndTheInputKept() {
        assertThat(post(coordinator, "2417", picture("Kränkningar", "10", "10", "20"))
                        .status())
                .isEqualTo(302);
        Page open = coordinator.get(url("2417"));
        assertThat(post(loggedIn("team-2417"), "2417", picture("Teamets version", "11", "10", "21"))
                        .status())
                .isEqualTo(302);

        Page stale = coordinator.submitFrom(open, FORM, Map.of("indicators[0].name", "Min ändring", "action", "save"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.document().select("#konflikt").text())
                .startsWith("Någon annan har sparat lägesbilden medan du skrev")
                .contains("Tove Teamsson");
        assertThat(stale.document().select("input[name='indicators[0].name']").attr("value"))
                .isEqualTo("Min ändring");
        assertThat(cycles.revisions(cycle)).isEqualTo(2);
        assertThat(pictures.latest(cycles.cycleId(cycle))
                        .orElseThrow()
                        .picture()
                        .indicators()
                        .get(0)
                        .name())
                .isEqualTo("Teamets version");
    }

    @Test
    void unknownChoicesAndFormsWithoutRowsAreRefusedNotFailed() {
        Map<String, String> fields = picture("Kränkningar", "10", "10", "20");
        fields.put("indicators[0].unit", "LITRES");
        fields.put("violenceTypes", "WAR");
        fields.put("indicators[3]", "abc");

        Page refused = post(coordinator, "2417", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertRefusedAt(refused, "indicators[0].unit", "Indikator 1 (Kränkningar): Enhet");
        assertThat(refused.document().select("#fel-violenceTypes").text()).contains("Välj våldsformer");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    /** The field is marked invalid, described by its message, and the summary names it by its label. */
    private static Element assertRefusedAt(Page page, String path, String label) {
        assertThat(page.status()).isEqualTo(400);
        Document document = page.document();
        assertThat(document.select("main [id]").eachAttr("id")).doesNotHaveDuplicates();
        String id = FormProblems.fieldId(path);
        Element field = document.getElementById(id);
        assertThat(field).as("field " + id).isNotNull();
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        String errorId = FormProblems.errorId(path);
        assertThat(field.attr("aria-describedby")).contains(errorId);
        assertThat(document.getElementById(errorId)).as("message " + errorId).isNotNull();
        assertThat(document.getElementById(errorId).text()).isNotBlank();
        List<String> summary = new ArrayList<>(
                document.select("#felsammanfattning a[href=#" + id + "]").eachText());
        assertThat(summary)
                .as("summary link to " + id)
                .singleElement()
                .asString()
                .startsWith(label + ": ");
        return field;
    }
}
