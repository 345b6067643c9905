package se.valdsprevention.web.countypicture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.valdsprevention.web.WorkspaceTest;
import se.valdsprevention.workflows.statistics.KoladaValues;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaValue;

/**
 * Länets lägesbild from the county-wide Kolada fetch: the stored values of a year (one no other test stores) are
 * combined per key figure, marked with Kolada and the fetch date, and suppressed by difference like the agreed
 * pictures' values.
 */
@TestPropertySource(
        properties = {
            "prevention.statistics.kolada.indicators[0].id=U99901",
            "prevention.statistics.kolada.indicators[0].name=Anmälda olaga hot",
            "prevention.statistics.kolada.indicators[0].unit=persons",
            "prevention.statistics.kolada.indicators[0].person-based=true",
            "prevention.statistics.kolada.indicators[0].pyramid-level=threats-and-lighter-violence",
            "prevention.statistics.kolada.indicators[1].id=U99902",
            "prevention.statistics.kolada.indicators[1].name=Anmälda misshandelsbrott",
            "prevention.statistics.kolada.indicators[1].unit=persons",
            "prevention.statistics.kolada.indicators[1].person-based=true",
            "prevention.statistics.kolada.indicators[1].pyramid-level=serious-violence"
        })
class CountyPictureKoladaTest extends WorkspaceTest {

    static final int YEAR = 2041;

    @Autowired
    KoladaValues values;

    @Test
    void koladaValuesAreCombinedMarkedWithTheirFetchDateAndSuppressedByDifference() {
        Instant fetched = Instant.parse("2041-03-04T10:00:00Z");
        List<KoladaValue> sent = new ArrayList<>();
        // Threats: Norsjö 3/10/13 (women "färre än 5" in its own row), Sorsele 20/30/50
        add(sent, "U99901", "2417", "3", "10", "13");
        add(sent, "U99901", "2422", "20", "30", "50");
        // Assaults: Norsjö 12/20/32, Sorsele 6/9/15
        add(sent, "U99902", "2417", "12", "20", "32");
        add(sent, "U99902", "2422", "6", "9", "15");
        values.replace("U99901", List.of("2417", "2422"), List.of(YEAR), sent, fetched);
        values.replace("U99902", List.of("2417", "2422"), List.of(YEAR), sent, fetched);

        Document page =
                loggedIn("county-24").get("/lan/lagesbild?period=" + YEAR).document();

        assertThat(page.select("#tackning").text()).contains("Källa: Kolada, hämtad 2041-03-04");
        assertThat(cells(page, "#niva-4", "Anmälda misshandelsbrott"))
                .containsExactly("18", "29", "47", "personer", "2 av 2", "Källa: Kolada, hämtad 2041-03-04");
        assertThat(cells(page, "#niva-3", "Anmälda olaga hot").subList(0, 3))
                .containsExactly("dolt för att skydda små tal", "dolt för att skydda små tal", "63");
    }

    private static void add(List<KoladaValue> sent, String kpi, String code, String women, String men, String total) {
        sent.add(new KoladaValue(kpi, code, YEAR, Gender.WOMEN, new BigDecimal(women)));
        sent.add(new KoladaValue(kpi, code, YEAR, Gender.MEN, new BigDecimal(men)));
        sent.add(new KoladaValue(kpi, code, YEAR, Gender.TOTAL, new BigDecimal(total)));
    }

    private static List<String> cells(Document page, String level, String indicator) {
        Element row = page.select(level + " tbody tr").stream()
                .filter(r -> r.selectFirst("th span").text().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not in " + level + ": " + page.text()));
        return row.select("td").eachText();
    }
}
