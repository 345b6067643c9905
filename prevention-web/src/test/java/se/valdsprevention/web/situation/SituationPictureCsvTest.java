package se.valdsprevention.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.situation.SituationPageFixture.picture;
import static se.valdsprevention.web.situation.SituationPageFixture.post;
import static se.valdsprevention.web.situation.SituationPageFixture.url;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/** The situation picture's indicators download as CSV for Excel, with the same suppression and access as the page. */
class SituationPictureCsvTest extends WorkspaceTest {

    static final String CSV = "/kommuner/2417/lagesbild.csv";

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

    @Test
    void aPersonBasedCountOfThreeIsWrittenAsSuppressedNeverAsTheNumber() {
        cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        assertThat(post(loggedIn("coordinator-2417"), "2417", picture("Sexuella trakasserier", "3", "12", "15"))
                        .status())
                .isEqualTo(302);

        HttpResponse<byte[]> download = loggedIn("manager-2417").download(CSV);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"lagesbild-2417-2026-01-01.csv\"");
        List<String> rows = rows(download.body());
        assertThat(rows.get(0))
                .isEqualTo("Indikator;Period;Källa;Enhet;Personbaserad;Våldspyramiden;Kvinnor;Män;Totalt;Skäl till att"
                        + " kön saknas");
        assertThat(rows.get(1))
                .isEqualTo("Sexuella trakasserier;2026;Skolenkäten;personer;ja;kränkningar och trakasserier;"
                        + "färre än 5;dolt för att skydda små tal;15;");
        assertThat(Arrays.asList(rows.get(1).split(";"))).doesNotContain("3", "12");
    }

    @Test
    void theFileIsExcelsSwedishDialectWithBomSemicolonsCrlfAndDecimalCommas() {
        cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        Map<String, String> fields = picture("Kränkningar", "10", "12", "22");
        fields.put("indicators[1].name", "Otrygghet kvällstid");
        fields.put("indicators[1].source", "NTU");
        fields.put("indicators[1].unit", "PERCENT");
        fields.put("indicators[1].women", "38,5");
        fields.put("indicators[1].men", "14,25");
        assertThat(post(loggedIn("coordinator-2417"), "2417", fields).status()).isEqualTo(302);

        byte[] file = loggedIn("county-24").download(CSV).body();

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains(";").endsWith("\r\n").doesNotContain("\n\n");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(rows(file).get(2)).isEqualTo("Otrygghet kvällstid;2026;NTU;procent;nej;;38,5;14,25;;");
    }

    @Test
    void anIndicatorNamedLikeAFormulaIsWrittenAsText() {
        cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        Map<String, String> fields = picture("=HYPERLINK(\"http://exempel.invalid\";\"Klicka\")", "10", "12", "22");
        fields.put("indicators[0].source", "@Polisen");
        assertThat(post(loggedIn("coordinator-2417"), "2417", fields).status()).isEqualTo(302);

        List<String> rows = rows(loggedIn("manager-2417").download(CSV).body());

        assertThat(rows.get(1))
                .startsWith("\"'=HYPERLINK(\"\"http://exempel.invalid\"\";\"\"Klicka\"\")\";2026;'@Polisen;");
    }

    @Test
    void otherMunicipalitiesAndAnonymousUsersGetNothing() {
        cycles.startAt("2417", "Norsjö 2027", "describeSituation");
        assertThat(post(loggedIn("coordinator-2417"), "2417", picture("Kränkningar", "10", "12", "22"))
                        .status())
                .isEqualTo(302);
        PageSession sorsele = loggedIn("coordinator-2422");

        Page foreign = sorsele.get(CSV);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Kränkningar");
        assertThat(sorsele.get("/kommuner/9999/lagesbild.csv").status()).isEqualTo(404);
        String cycleOf2417 = pictures.cyclesOf("2417").get(0);
        assertThat(sorsele.get("/kommuner/2422/lagesbild.csv?cykel=" + cycleOf2417)
                        .status())
                .as("another municipality's cycle under one's own code")
                .isEqualTo(404);
        Page anonymous = anonymous().get(CSV);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void withoutARunningCycleOrSavedPictureThereIsASwedishNotFound() {
        Page noCycle = loggedIn("coordinator-2422").get("/kommuner/2422/lagesbild.csv");
        assertThat(noCycle.status()).isEqualTo(404);
        assertThat(noCycle.mainText()).contains("Ingen cykel pågår i kommunen");

        cycles.startAt("2422", "Sorsele 2027", "describeSituation");
        Page nothingSaved = loggedIn("coordinator-2422").get("/kommuner/2422/lagesbild.csv");
        assertThat(nothingSaved.status()).isEqualTo(404);
        assertThat(nothingSaved.mainText()).contains("Det finns ingen sparad lägesbild");
    }

    @Test
    void anEarlierCyclesPictureDownloadsFromItsLinkOnThePage() {
        String cycle = cycles.startAt("2417", "Norsjö 2026", "describeSituation");
        assertThat(post(loggedIn("coordinator-2417"), "2417", picture("Tidigare kränkningar", "10", "12", "22"))
                        .status())
                .isEqualTo(302);
        String cycleId = cycles.cycleId(cycle);
        cycles.deleteStarted();
        PageSession manager = loggedIn("manager-2417");

        Page earlier = manager.get(url("2417") + "?cykel=" + cycleId);
        String link = earlier.document().select("a:contains(Ladda ner som CSV)").attr("href");

        assertThat(link).isEqualTo(CSV + "?cykel=" + cycleId);
        assertThat(rows(manager.download(link).body()).get(1)).startsWith("Tidigare kränkningar;2026;");
    }

    /** The rows of a file, without its byte order mark. */
    private static List<String> rows(byte[] file) {
        return List.of(new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }
}
