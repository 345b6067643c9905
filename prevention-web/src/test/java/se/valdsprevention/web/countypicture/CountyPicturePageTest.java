package se.valdsprevention.web.countypicture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.web.PageSession;
import se.valdsprevention.web.PageSession.Page;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Länets lägesbild: the county officer sees Norsjö's and Sorsele's agreed pictures of a period combined per pyramid
 * level, small totals and values that would reveal a municipality's withheld one hidden; a malformed period is a 400
 * with a Swedish message; coordinators and managers are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyPicturePageTest extends WorkspaceTest {

    /** A period no other test class uses, so that this class owns the pictures of it. */
    static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2031, 2, 1), LocalDate.of(2032, 1, 31));

    static final String PATH = "/lan/lagesbild?period=2031-02-01--2032-01-31";

    @Autowired
    SituationPictures pictures;

    @Autowired
    DataSource dataSource;

    List<String> cycles;

    @BeforeAll
    void agreedPicturesOfNorsjoAndSorsele() {
        cycles = CountyPictureFixture.agreedPictures(pictures, PERIOD);
    }

    @AfterAll
    void removeThem() {
        CountyPictureFixture.remove(dataSource, cycles);
    }

    @Test
    void countsAreSummedPerGenderWithTheMunicipalitiesThatContribute() {
        Page page = officer().get(PATH);

        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        assertThat(document.select("h1").text()).isEqualTo("Länets lägesbild 2031-02-01–2032-01-31");
        assertThat(row(document, "#niva-4", "Anmälda misshandelsbrott"))
                .containsExactly("18", "29", "47", "personer", "2 av 2", "Kommunernas fastställda lägesbilder");
        assertThat(document.select("#tackning").text()).contains("Norsjö, Sorsele");
        assertThat(document.select("#period option[selected]").attr("value")).isEqualTo("2031-02-01--2032-01-31");
        assertThat(document.select("#niva-5").text()).contains("Inga indikatorer på den här nivån.");
    }

    @Test
    void aSmallCountyTotalIsShownAsFewerThanFive() {
        List<String> threats = row(officer().get(PATH).document(), "#niva-3", "Anmälda olaga hot");

        assertThat(threats)
                .containsExactly("–", "–", "färre än 5", "personer", "2 av 2", "Kommunernas fastställda lägesbilder");
    }

    @Test
    void countyValuesThatWouldRevealNorsjosWithheldWomenAndMenAreHidden() {
        Document page = officer().get(PATH).document();

        List<String> harassment = row(page, "#niva-2", "Elever som utsatts för kränkningar");
        assertThat(harassment.subList(0, 3))
                .containsExactly("dolt för att skydda små tal", "dolt för att skydda små tal", "63");
        assertThat(page.select("#niva-2").text()).doesNotContain("23").doesNotContain("40");
    }

    @Test
    void theChartOfWomenAndMenDrawsTheSumsAndNotTheHiddenValues() {
        Document page = officer().get(PATH).document();
        assertThat(page.select("#diagram img").attr("src"))
                .endsWith("/lan/lagesbild/diagram/kon.svg?period=2031-02-01--2032-01-31");

        Page chart = officer().get("/lan/lagesbild/diagram/kon.svg?period=2031-02-01--2032-01-31");

        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body())
                .contains("Anmälda misshandelsbrott (personer): kvinnor 18, män 29.")
                .contains("Elever som utsatts för kränkningar (personer): kvinnor dolt för att skydda små tal")
                .doesNotContain("kvinnor 23");
    }

    @Test
    void aMalformedPeriodIsABadRequestWithASwedishMessage() {
        PageSession officer = officer();

        Page month = officer.get("/lan/lagesbild?period=2025-13-01--2025-12-31");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.document().select("[role=alert]").text())
                .contains("Perioden ”2025-13-01--2025-12-31” går inte att använda: datumet 2025-13-01 finns inte")
                .contains("ÅÅÅÅ");

        Page backwards = officer.get("/lan/lagesbild?period=2025-12-31--2025-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.document().select("[role=alert]").text()).contains("slutdatumet ligger före startdatumet");

        Page hostile = officer.get("/lan/lagesbild?period=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)");

        Page oversized = officer.get("/lan/lagesbild?period=" + "9".repeat(500));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.document().select("[role=alert]").text())
                .contains("9".repeat(40) + "…")
                .doesNotContain("9".repeat(41));

        assertThat(officer.get("/lan/lagesbild?period=0999").status()).isEqualTo(400);
        assertThat(officer.get("/lan/lagesbild?period=2031&period=2030").status())
                .isEqualTo(400);
        assertThat(officer.get("/lan/lagesbild/diagram/kon.svg?period=igår").status())
                .isEqualTo(400);
    }

    @Test
    void coordinatorsAndManagersAreRefusedThePageAndItsChart() {
        for (String user : List.of("coordinator-2417", "manager-2417")) {
            PageSession session = loggedIn(user);
            Page refused = session.get(PATH);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.mainText()).contains("Länets lägesbild är till för länsstyrelsen");
            assertThat(session.get("/lan/lagesbild/diagram/kon.svg").status()).isEqualTo(403);
        }
    }

    @Test
    void theCountyOverviewLinksToIt() {
        Document overview = officer().get("/lan").document();

        assertThat(overview.select("a#lansbild").attr("href")).endsWith("/lan/lagesbild");
        assertThat(loggedIn("admin").get(PATH).status()).isEqualTo(200);
    }

    private PageSession officer() {
        return loggedIn("county-24");
    }

    private static List<String> row(Document page, String level, String indicator) {
        return page.select(level + " tbody tr").stream()
                .filter(r -> r.selectFirst("th span").text().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not in " + level + ": "
                        + page.select(level).text()))
                .select("td")
                .eachText();
    }
}
