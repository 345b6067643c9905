package se.valdsprevention.workflows.statistics.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.workflows.statistics.kolada.KoladaIndicators.Imported;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/** The county template's key figures become a picture's indicators as the template describes them. */
class KoladaIndicatorsTest {

    static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    private static IndicatorProperties kpi(String id, String name, Unit unit, boolean personBased) {
        var kpi = new IndicatorProperties();
        kpi.setId(id);
        kpi.setName(name);
        kpi.setUnit(unit);
        kpi.setPersonBased(personBased);
        kpi.setPyramidLevel(PyramidLevel.SERIOUS_VIOLENCE);
        return kpi;
    }

    private static List<KoladaValue> values(String kpi, int year, String women, String men, String total) {
        var values = new ArrayList<KoladaValue>();
        values.add(new KoladaValue(kpi, "2417", year, Gender.WOMEN, women == null ? null : new BigDecimal(women)));
        values.add(new KoladaValue(kpi, "2417", year, Gender.MEN, men == null ? null : new BigDecimal(men)));
        values.add(new KoladaValue(kpi, "2417", year, Gender.TOTAL, total == null ? null : new BigDecimal(total)));
        return values;
    }

    private static KoladaFigures figures(boolean dividedByGender, List<List<KoladaValue>> rows) {
        var kpis = List.of(
                new KoladaKpi("N07403", "Anmälda våldsbrott", null, dividedByGender),
                new KoladaKpi("N99001", "Antal", null, true),
                new KoladaKpi("N01951", "Invånare", null, true));
        return new KoladaFigures(
                new KoladaFetch(kpis, rows.stream().flatMap(List::stream).toList(), 3), "2417");
    }

    @Test
    void aRateBecomesAnIndicatorWithItsOriginAndThePopulationOfItsYear() {
        var template = new KoladaIndicators(List.of(kpi("N07403", "Våldsbrott", Unit.PER_100K, true)), "N01951");
        var figures = figures(
                true,
                List.of(
                        values("N07403", 2025, "153.8", "952.4", "567.9"),
                        values("N01951", 2025, "1950", "2100", "4050")));

        Imported imported = template.indicator(template.template().get(0), figures, 2025, AT);

        assertThat(template.kpisToFetch()).containsExactly("N07403", "N01951");
        assertThat(imported.present()).isTrue();
        var indicator = imported.indicator();
        assertThat(indicator.id()).isEqualTo("kolada-n07403");
        assertThat(indicator.source()).isEqualTo("Kolada (N07403)");
        assertThat(indicator.pyramidLevel()).isEqualTo(PyramidLevel.SERIOUS_VIOLENCE);
        assertThat(indicator.women()).isEqualByComparingTo("153.8");
        assertThat(indicator.origin()).isEqualTo(IndicatorOrigin.kolada("N07403", 2025, AT));
        assertThat(indicator.population()).isEqualTo(new Population(1950L, 2100L, 4050L));
    }

    @Test
    void aYearWithoutAnyNumberGivesNoIndicatorAndMissingIsNeverZero() {
        var template = new KoladaIndicators(List.of(kpi("N07403", "Våldsbrott", Unit.PER_100K, true)), null);
        var figures = figures(true, List.of(values("N07403", 2024, null, null, null)));

        Imported missing = template.indicator(template.template().get(0), figures, 2024, AT);
        Imported absent = template.indicator(template.template().get(0), figures, 2023, AT);

        assertThat(missing.present()).isFalse();
        assertThat(missing.missing()).isEqualTo("Kolada har inget värde för 2024.");
        assertThat(absent.missing()).isEqualTo("Kolada har inget värde för 2023.");
    }

    @Test
    void aPersonBasedFigureWithoutOneGenderSaysWhy() {
        var template = new KoladaIndicators(List.of(kpi("N07403", "Våldsbrott", Unit.PER_100K, true)), null);

        var notDivided = template.indicator(
                template.template().get(0),
                figures(false, List.of(values("N07403", 2025, null, null, "80"))),
                2025,
                AT);
        var womenMissing = template.indicator(
                template.template().get(0), figures(true, List.of(values("N07403", 2025, null, "12", "80"))), 2025, AT);

        assertThat(notDivided.indicator().noGenderSplitReason())
                .isEqualTo("Kolada redovisar inte nyckeltalet uppdelat på kön.");
        assertThat(notDivided.indicator().population())
                .as("no population KPI configured")
                .isNull();
        assertThat(womenMissing.indicator().noGenderSplitReason())
                .isEqualTo("Kolada saknar värde för kvinnor för 2025.");
        assertThat(womenMissing.indicator().men()).isEqualByComparingTo("12");
    }

    @Test
    void figuresTheTemplatesUnitRefusesGiveNoIndicatorAndSayWhy() {
        var template = new KoladaIndicators(List.of(kpi("N99001", "Antal", Unit.PERSONS, true)), null);

        Imported fraction = template.indicator(
                template.template().get(0),
                figures(true, List.of(values("N99001", 2025, "2.5", "3", "5.5"))),
                2025,
                AT);

        assertThat(fraction.present()).isFalse();
        assertThat(fraction.missing())
                .startsWith("Koladas värden för 2025 passar inte indikatorn: ")
                .contains("heltal");
    }
}
