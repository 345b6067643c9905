package se.valdsprevention.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.county.CountyProperties.MunicipalityProperties;
import se.valdsprevention.workflows.statistics.StoredValue;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/**
 * The matrix of the county's statistics page on its own: which values are withheld to protect small numbers, how
 * missing and never-fetched values read, and what each municipality is listed as lacking.
 */
class CountyStatisticsMatrixTest {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    static IndicatorProperties indicator(String id, Unit unit, boolean personBased) {
        var indicator = new IndicatorProperties();
        indicator.setId(id);
        indicator.setName("Indikator " + id);
        indicator.setUnit(unit);
        indicator.setPersonBased(personBased);
        return indicator;
    }

    static CountyProperties county() {
        var county = new CountyProperties();
        county.setCode("24");
        county.setName("Västerbotten");
        var norsjo = new MunicipalityProperties();
        norsjo.setCode("2417");
        norsjo.setName("Norsjö");
        norsjo.setPopulationWomen(1950);
        norsjo.setPopulationMen(2100);
        var sorsele = new MunicipalityProperties();
        sorsele.setCode("2422");
        sorsele.setName("Sorsele");
        county.setMunicipalities(List.of(norsjo, sorsele));
        return county;
    }

    static List<StoredValue> values(String kpi, String municipality, String women, String men, String total) {
        var values = new ArrayList<StoredValue>();
        values.add(value(kpi, municipality, Gender.WOMEN, women));
        values.add(value(kpi, municipality, Gender.MEN, men));
        values.add(value(kpi, municipality, Gender.TOTAL, total));
        return values;
    }

    static StoredValue value(String kpi, String municipality, Gender gender, String number) {
        return new StoredValue(kpi, municipality, 2025, gender, number == null ? null : new BigDecimal(number), AT);
    }

    static List<String> texts(CountyMatrix matrix, int row, int indicator) {
        return matrix.rows().get(row).values().get(indicator).cells().stream()
                .map(Cell::text)
                .toList();
    }

    @Test
    void personBasedCountsOfOneToFourAreWithheldAndSoIsThePartThatWouldRevealThem() {
        var stored = values("N00001", "2417", "3", "12", "15");

        var matrix = CountyMatrix.of(2025, List.of(indicator("N00001", Unit.PERSONS, true)), county(), stored);

        assertThat(texts(matrix, 0, 0)).containsExactly("färre än 5", "dolt för att skydda små tal", "15");
    }

    @Test
    void aRatePer100kIsWithheldWhenItStandsForOneToFourPersonsOfTheConfiguredPopulation() {
        // Norsjö: 1 950 women, so 100 per 100 000 is 2 women; 2 100 men, so 500 per 100 000 is 10.5 men.
        var stored = values("N07403", "2417", "100", "500", "305");

        var matrix = CountyMatrix.of(2025, List.of(indicator("N07403", Unit.PER_100K, true)), county(), stored);

        assertThat(texts(matrix, 0, 0).get(0)).isEqualTo("färre än 5");
        assertThat(texts(matrix, 0, 0).get(1)).isNotEqualTo("500");
    }

    @Test
    void withoutAConfiguredPopulationEveryRateAboveZeroIsWithheld() {
        var stored = values("N07403", "2422", "0", "800", "400");

        var matrix = CountyMatrix.of(2025, List.of(indicator("N07403", Unit.PER_100K, true)), county(), stored);

        assertThat(texts(matrix, 1, 0))
                .containsExactly("0", "dolt för att skydda små tal", "dolt för att skydda små tal");
    }

    @Test
    void valuesThatAreNotPersonBasedAreShownWithADecimalComma() {
        var stored = values("N00002", "2417", "3", "1234.5", "2.25");

        var matrix = CountyMatrix.of(2025, List.of(indicator("N00002", Unit.PERCENT, false)), county(), stored);

        assertThat(texts(matrix, 0, 0)).containsExactly("3", "1\u00a0234,5", "2,25");
    }

    @Test
    void missingReadsSaknasNeverFetchedReadsEjHamtadAndBothAreListedAsLacking() {
        var template = List.of(indicator("N00002", Unit.PERCENT, false), indicator("N00003", Unit.PERCENT, false));
        var stored = values("N00002", "2417", null, "10", "10");
        stored.addAll(values("N00003", "2417", "1", "2", "3"));

        var matrix = CountyMatrix.of(2025, template, county(), stored);

        assertThat(texts(matrix, 0, 0)).containsExactly("saknas", "10", "10");
        assertThat(texts(matrix, 1, 0)).containsExactly("ej hämtad", "ej hämtad", "ej hämtad");
        assertThat(matrix.lacks())
                .extracting(CountyMatrix.Lack::name, CountyMatrix.Lack::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Norsjö", List.of("N00002 Indikator N00002: saknas för kvinnor")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Sorsele",
                                List.of("N00002 Indikator N00002: ej hämtad", "N00003 Indikator N00003: ej hämtad")));
    }

    @Test
    void aNegativeRateCannotBeCheckedForSmallNumbersAndIsWithheld() {
        var stored = values("N07403", "2417", "-5", "100", "50");

        var matrix = CountyMatrix.of(2025, List.of(indicator("N07403", Unit.PER_100K, true)), county(), stored);

        assertThat(texts(matrix, 0, 0)).containsOnly("dolt för att skydda små tal");
    }
}
