package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * A local statistics file saved from Excel into the situation picture: upload, column mapping, preview with every
 * row error by line and column, and a save only when the preview is free of errors and the user confirms.
 */
class StatisticsFilePageTest extends WorkspaceTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The police's local picture as Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, decimal comma. */
    static final String POLICE_FILE = """
            Indikator;År;Kvinnor;Män;Totalt;Källa
            Anmälda hot i nära relation;2023;14;6;20;Polisen
            Anmälda hot i nära relation;2024;3;12;15;Polisen
            Otrygghet i centrum, andel;2024;38,5;14,0;26,1;Trygghetsmätningen
            """;

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
    }

    @AfterEach
    void cleanUp() {
        cycles.deleteStarted();
    }

    static String fileUrl(String code) {
        return url(code) + "/fil";
    }

    private static Page upload(PageSession session, String code, String fileName, byte[] content) {
        Page form = session.get(fileUrl(code));
        String csrf = form.document().selectFirst("#fil-form input[name=_csrf]").attr("value");
        Page uploaded = session.upload(fileUrl(code), Map.of("_csrf", csrf), "fil", fileName, "text/csv", content);
        return uploaded.status() == 302 ? session.get(uploaded.location()) : uploaded;
    }

    @Test
    void aWindows1252FileFromExcelIsPreviewedWithItsColumnsGuessedAndSavedOnlyOnConfirmation() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");

        Page preview = upload(coordinator, "2417", "polisen lokal lägesbild.csv", POLICE_FILE.getBytes(WINDOWS_1252));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        Document doc = preview.document();
        assertThat(doc.select("dl.facts").text()).contains("Windows-1252", "semikolon (;)");
        assertThat(doc.select("#col-INDICATOR option[selected]").text()).isEqualTo("Indikator");
        assertThat(doc.select("#col-PERIOD option[selected]").text()).isEqualTo("År");
        assertThat(doc.select("#col-WOMEN option[selected]").text()).isEqualTo("Kvinnor");
        assertThat(doc.select("#period option[selected]").text()).isEqualTo("2024");
        assertThat(doc.select("#filrader tbody tr").eachText())
                .containsExactly(
                        "Anmälda hot i nära relation färre än 5 dolt för att skydda små tal 15 Polisen läggs till",
                        "Otrygghet i centrum, andel 38,5 14 26,1 Trygghetsmätningen läggs till");
        assertThat(doc.select("#unit-1 option[selected]").attr("value"))
                .as("decimals of at most 100 are guessed to be percent")
                .isEqualTo("PERCENT");
        assertThat(cycles.revisions(cycle)).as("a preview saves nothing").isZero();

        Page saved = coordinator.submitOn(preview, "#fil-forhandsvisning-form", Map.of("action", "save"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        List<Indicator> indicators =
                pictures.latest(cycles.cycleId(cycle)).orElseThrow().picture().indicators();
        assertThat(indicators)
                .extracting(Indicator::name)
                .containsExactly("Anmälda hot i nära relation", "Otrygghet i centrum, andel");
        Indicator threats = indicators.get(0);
        assertThat(threats.id()).isEqualTo("fil-anmalda-hot-i-nara-relation");
        assertThat(threats.women()).isEqualByComparingTo("3");
        assertThat(threats.source()).isEqualTo("Polisen");
        assertThat(threats.origin().system()).isEqualTo(IndicatorOrigin.FILE);
        assertThat(threats.origin().reference()).isEqualTo("polisen lokal lägesbild.csv");
        assertThat(threats.origin().year()).isEqualTo(2024);
        assertThat(indicators.get(1).unit()).isEqualTo(Unit.PERCENT);
        assertThat(indicators.get(1).women()).isEqualByComparingTo("38.5");
    }

    @Test
    void rowErrorsAreNamedByLineAndColumnAndNothingIsSavedUntilTheFileIsRight() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        String broken = """
                Indikator,År,Kvinnor,Män,Totalt
                Anmälda hot,2024,12x,6,18
                Anmälda hot,2024,4,6,10
                Skadegörelse,20x4,1,2,3
                """;

        Page preview = upload(coordinator, "2417", "trasig.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.document().select("#filfel li").eachText())
                .contains("Rad 2, kolumn ”Kvinnor”: ”12x” är inget tal.")
                .anySatisfy(error -> assertThat(error).startsWith("Rad 4, kolumn ”År”"));
        assertThat(preview.document().select("button[value=save]")).isEmpty();

        Page forced = coordinator.submitOn(preview, "#fil-forhandsvisning-form", Map.of("action", "save"));

        assertThat(forced.status()).isEqualTo(400);
        assertThat(forced.document().selectFirst("#fel").text()).contains("Inget sparades");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void aMappingChosenOnceIsOfferedForTheNextFileOfTheSameLayout() {
        cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        String survey = """
                Fråga;Läsår;F;P;Alla elever
                Har blivit kränkt i skolan;2024;40;30;35
                """;

        Page first = upload(coordinator, "2417", "elevenkat.csv", ("\uFEFF" + survey).getBytes(StandardCharsets.UTF_8));
        assertThat(first.document().select("#col-INDICATOR option[selected]"))
                .as("no column is called anything like an indicator")
                .isEmpty();
        Page mapped = coordinator.submitOn(
                first,
                "#fil-forhandsvisning-form",
                Map.of(
                        "action",
                        "map",
                        "col_INDICATOR",
                        "0",
                        "col_PERIOD",
                        "1",
                        "col_WOMEN",
                        "2",
                        "col_MEN",
                        "3",
                        "col_TOTAL",
                        "4",
                        "unit_0",
                        "PERCENT"));
        assertThat(mapped.document().select("#filrader tbody tr").eachText())
                .containsExactly("Har blivit kränkt i skolan 40 30 35 elevenkat.csv läggs till");
        Page saved = coordinator.submitOn(
                mapped,
                "#fil-forhandsvisning-form",
                Map.of("action", "save", "unit_0", "PERCENT", "personBased_0", "true"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        Page next = upload(
                coordinator,
                "2417",
                "elevenkat-2025.csv",
                survey.replace("2024;40", "2025;44").getBytes(StandardCharsets.UTF_8));

        assertThat(next.document().select("#col-INDICATOR option[selected]").text())
                .isEqualTo("Fråga");
        assertThat(next.document().select("#col-TOTAL option[selected]").text()).isEqualTo("Alla elever");
        assertThat(next.document().select("#unit-0 option[selected]").attr("value"))
                .as("the indicator already in the picture keeps its unit")
                .isEqualTo("PERCENT");
        assertThat(next.document().select("#filrader td.change").text())
                .isEqualTo("ändras: från kvinnor 40, män 30, totalt 35 till kvinnor 44, män 30, totalt 35");
    }

    @Test
    void emptyHugeBinaryAndMissingFilesAreRefusedInSwedishWithNothingStored() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};
        byte[] huge =
                ("Indikator;År;Totalt\n" + "Anmälda hot;2024;12\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);

        Page empty = upload(coordinator, "2417", "tom.csv", new byte[0]);
        Page binary = upload(coordinator, "2417", "bild.csv", png);
        Page tooLarge = upload(coordinator, "2417", "stor.csv", huge);
        Page headerOnly =
                upload(coordinator, "2417", "rubrik.csv", "Indikator;År;Totalt\n".getBytes(StandardCharsets.UTF_8));

        for (Page refused : List.of(empty, binary, tooLarge, headerOnly)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.document().selectFirst("#fel").text()).startsWith("Fil:");
        }
        assertThat(tooLarge.document().selectFirst("#fel").text()).contains("1 MiB");
        assertThat(cycles.revisions(cycle)).isZero();
    }

    @Test
    void forgedColumnsUnitsAndOthersUploadsAreRefused() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        PageSession coordinator = loggedIn("coordinator-2417");
        Page preview = upload(coordinator, "2417", "polisen.csv", POLICE_FILE.getBytes(StandardCharsets.UTF_8));
        String previewUrl = preview.url();

        Page noSuchColumn =
                coordinator.submitOn(preview, "#fil-forhandsvisning-form", Map.of("action", "save", "col_WOMEN", "99"));
        Page twice =
                coordinator.submitOn(preview, "#fil-forhandsvisning-form", Map.of("action", "save", "col_MEN", "2"));
        Page unit = coordinator.submitOn(
                preview, "#fil-forhandsvisning-form", Map.of("action", "save", "unit_0", "<b>HACK</b>"));
        Page period =
                coordinator.submitOn(preview, "#fil-forhandsvisning-form", Map.of("action", "save", "period", "1066"));

        assertThat(noSuchColumn.status()).isEqualTo(400);
        assertThat(noSuchColumn.document().selectFirst("#fel").text())
                .contains("Kolumn för Kvinnor: filen har ingen sådan kolumn.");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.document().selectFirst("#fel").text()).contains("är redan vald för Kvinnor");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.document().selectFirst("#fel").text()).contains("Enhet: välj en av enheterna");
        assertThat(unit.body()).doesNotContain("<b>HACK</b>");
        assertThat(period.status()).isEqualTo(400);
        assertThat(cycles.revisions(cycle)).isZero();

        PageSession team = loggedIn("team-2417");
        assertThat(team.get(previewUrl).status())
                .as("an upload is its uploader's")
                .isEqualTo(404);
        assertThat(loggedIn("coordinator-2422").get(previewUrl).status()).isEqualTo(404);
        assertThat(loggedIn("manager-2417").get(fileUrl("2417")).status()).isEqualTo(403);
        assertThat(coordinator.get(fileUrl("2417") + "/not-an-id").status()).isEqualTo(404);
    }
}
