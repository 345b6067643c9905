package se.valdsprevention.workflows.statistics.kolada;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.core.situation.Population;
import se.valdsprevention.core.situation.Unit;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/**
 * The county's template of Kolada key figures turned into a situation picture's indicators: one indicator per key
 * figure for the chosen year, described as the template says (name, unit, person-based, pyramid level), with women,
 * men and total from Kolada's K, M and T, the source "Kolada (N07403)", and its origin (key figure, year, retrieval
 * time). A key figure Kolada has no number of for the year gives no indicator, and says so; so does one whose
 * numbers the indicator refuses (for example a fraction for a count).
 */
public final class KoladaIndicators {

    /** The id prefix of indicators imported from Kolada: {@code kolada-n07403}. */
    public static final String ID_PREFIX = "kolada-";

    private final List<IndicatorProperties> template;
    private final String populationKpi;

    public KoladaIndicators(KoladaProperties properties) {
        this(properties.getIndicators(), properties.getPopulationKpi());
    }

    public KoladaIndicators(List<IndicatorProperties> template, String populationKpi) {
        this.template = List.copyOf(template);
        this.populationKpi = populationKpi;
    }

    /** The template's key figures, in configuration order. */
    public List<IndicatorProperties> template() {
        return template;
    }

    public boolean empty() {
        return template.isEmpty();
    }

    /** What to ask Kolada for: the template's key figures and, when configured, the population's. */
    public List<String> kpisToFetch() {
        List<String> ids = new ArrayList<>(
                template.stream().map(IndicatorProperties::getId).toList());
        if (populationKpi != null) {
            ids.add(populationKpi);
        }
        return ids;
    }

    /** The template's key figure with this id. */
    public Optional<IndicatorProperties> find(String kpi) {
        return template.stream().filter(t -> t.getId().equals(kpi)).findFirst();
    }

    public static String indicatorId(String kpi) {
        return ID_PREFIX + kpi.toLowerCase(Locale.ROOT);
    }

    /** The indicator of {@code kpi} for {@code year}, or why there is none. */
    public Imported indicator(IndicatorProperties kpi, KoladaFigures figures, int year, Instant retrievedAt) {
        Objects.requireNonNull(kpi, "kpi");
        BigDecimal women = figures.value(kpi.getId(), year, Gender.WOMEN).orElse(null);
        BigDecimal men = figures.value(kpi.getId(), year, Gender.MEN).orElse(null);
        BigDecimal total = figures.value(kpi.getId(), year, Gender.TOTAL).orElse(null);
        if (women == null && men == null && total == null) {
            return Imported.none(kpi, "Kolada har inget värde för " + year + ".");
        }
        boolean personBased = Boolean.TRUE.equals(kpi.getPersonBased());
        String reason = null;
        if (personBased && (women == null || men == null)) {
            boolean divided =
                    figures.kpi(kpi.getId()).map(KoladaKpi::dividedByGender).orElse(false);
            reason = divided
                    ? "Kolada saknar värde för " + (women == null ? "kvinnor" : "män") + " för " + year + "."
                    : "Kolada redovisar inte nyckeltalet uppdelat på kön.";
        }
        Population population = kpi.getUnit() == Unit.PER_100K ? population(figures, year) : null;
        try {
            Indicator indicator = new Indicator(
                    indicatorId(kpi.getId()),
                    kpi.getName(),
                    "Kolada (" + kpi.getId() + ")",
                    kpi.getUnit(),
                    personBased,
                    kpi.getPyramidLevel(),
                    women,
                    men,
                    total,
                    reason,
                    IndicatorOrigin.kolada(kpi.getId(), year, retrievedAt),
                    population);
            return new Imported(kpi, indicator, null);
        } catch (ValidationException refused) {
            return Imported.none(
                    kpi,
                    "Koladas värden för " + year + " passar inte indikatorn: "
                            + refused.violations().get(0).message() + ".");
        }
    }

    /** The population of the year from the population key figure, or null when none is configured or known. */
    private Population population(KoladaFigures figures, int year) {
        if (populationKpi == null) {
            return null;
        }
        Long women = whole(figures.value(populationKpi, year, Gender.WOMEN));
        Long men = whole(figures.value(populationKpi, year, Gender.MEN));
        Long total = whole(figures.value(populationKpi, year, Gender.TOTAL));
        if (women == null && men == null && total == null) {
            return null;
        }
        try {
            return new Population(women, men, total);
        } catch (ValidationException negative) {
            return null;
        }
    }

    private static Long whole(Optional<BigDecimal> value) {
        return value.map(BigDecimal::longValue).orElse(null);
    }

    /**
     * A template key figure's indicator for a year, or why it has none.
     *
     * @param indicator null when there is none
     * @param missing why there is none, in Swedish
     */
    public record Imported(IndicatorProperties kpi, Indicator indicator, String missing) {

        static Imported none(IndicatorProperties kpi, String why) {
            return new Imported(kpi, null, why);
        }

        public boolean present() {
            return indicator != null;
        }
    }
}
