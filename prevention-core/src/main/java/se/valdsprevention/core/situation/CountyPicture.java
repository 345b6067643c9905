package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.validation.Violations;

/**
 * The county's own situation picture (Länsstyrelsens interna lägesbild) for a period: the indicators of its
 * municipalities' figures combined, with the gender split, as they may be published.
 *
 * <p>Only indicators of the same identity are combined: the same Kolada key figure and year, or the same name (case
 * and spacing aside) and unit. Counts (persons, cases) and amounts (kronor, hours) are summed; rates per 100 000 are
 * computed again on the municipalities' populations together (Σ rate × population / Σ population), never averaged;
 * shares and other units are not combined, since what a share is of is not known, and keep each municipality's
 * published values instead. A value of women, men or total is combined only when every contributing municipality
 * gives it. Person-based counts and rates are suppressed by {@link CountySuppression}: the county's small counts,
 * and any county value that would reveal, by difference, what a municipality's own published picture withholds.
 *
 * @param municipalities the municipalities considered, in the order given
 * @param withFigures those of them that had figures for the period
 */
public record CountyPicture(
        String areaCode,
        ReportingPeriod period,
        List<String> municipalities,
        List<String> withFigures,
        List<CountyIndicator> indicators) {

    static final String SHARES = "Andelar läggs inte samman: det går inte att veta hur många varje kommuns andel"
            + " räknas på. Kommunernas egna värden visas i stället.";
    static final String OTHER_UNIT =
            "Värden med annan enhet läggs inte samman. Kommunernas egna värden visas i stället.";
    static final String NO_SPLIT =
            "Kvinnor och män visas inte för länet: alla kommuner redovisar dem inte var för sig.";
    static final String NO_TOTAL = "Totalt visas inte för länet: alla kommuner anger det inte.";
    static final String NO_POPULATION =
            "Länets värde kan inte räknas fram för alla kön: befolkningen saknas för någon kommun.";

    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    public CountyPicture {
        var v = new Violations();
        AreaCodes.requireCountyCode(v, areaCode, "areaCode");
        v.requireNonNull(period, "period");
        v.throwIfAny();
        municipalities = List.copyOf(municipalities);
        withFigures = List.copyOf(withFigures);
        indicators = List.copyOf(indicators);
    }

    /** Combines the municipalities' figures for {@code period}; each municipality is considered once. */
    public static CountyPicture of(
            String countyCode, ReportingPeriod period, List<MunicipalIndicators> municipalities) {
        Objects.requireNonNull(municipalities, "municipalities");
        List<String> considered = new ArrayList<>();
        List<String> withFigures = new ArrayList<>();
        Map<String, List<Contribution>> byIdentity = new LinkedHashMap<>();
        for (MunicipalIndicators municipality : municipalities) {
            if (considered.contains(municipality.municipalityCode())) {
                throw new IllegalArgumentException(
                        "municipality " + municipality.municipalityCode() + " is given twice");
            }
            considered.add(municipality.municipalityCode());
            if (!municipality.hasFigures()) {
                continue;
            }
            withFigures.add(municipality.municipalityCode());
            Set<String> seen = new LinkedHashSet<>();
            for (Indicator indicator : municipality.indicators()) {
                String identity = identity(indicator);
                if (seen.add(identity)) {
                    byIdentity
                            .computeIfAbsent(identity, key -> new ArrayList<>())
                            .add(new Contribution(
                                    municipality.municipalityCode(), indicator, municipality.population()));
                }
            }
        }
        List<CountyIndicator> indicators = byIdentity.entrySet().stream()
                .map(entry -> combine(entry.getKey(), entry.getValue(), considered))
                .toList();
        return new CountyPicture(countyCode, period, considered, withFigures, indicators);
    }

    /** The considered municipalities that had no figures for the period. */
    public List<String> withoutFigures() {
        return municipalities.stream()
                .filter(code -> !withFigures.contains(code))
                .toList();
    }

    /** The indicators on {@code level} of the violence pyramid, or on none when it is null. */
    public List<CountyIndicator> at(PyramidLevel level) {
        return indicators.stream().filter(i -> i.pyramidLevel() == level).toList();
    }

    /** The combined indicators as a published picture of the county, for the charts that draw pictures. */
    public PublishedSituationPicture forCharts() {
        return new PublishedSituationPicture(
                areaCode,
                period,
                List.of(),
                PictureStatus.AGREED,
                null,
                null,
                indicators.stream()
                        .filter(CountyIndicator::combined)
                        .map(CountyIndicator::published)
                        .toList(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * What makes two municipalities' indicators the same: {@code kolada:<KPI>:<year>} for figures from Kolada,
     * otherwise {@code name:<name in lower case, spaces collapsed>:<unit>}.
     */
    static String identity(Indicator indicator) {
        IndicatorOrigin origin = indicator.origin();
        if (origin != null && origin.kolada() && origin.reference() != null) {
            return "kolada:" + origin.reference().strip().toUpperCase(Locale.ROOT) + ":" + origin.year();
        }
        return "name:" + indicator.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv")) + ":"
                + indicator.unit();
    }

    private record Contribution(String code, Indicator indicator, Population areaPopulation) {

        Population population() {
            return indicator.population() != null ? indicator.population() : areaPopulation;
        }

        PublishedValues published() {
            return PublishedIndicator.of(indicator, areaPopulation).values();
        }

        BigDecimal value(int g) {
            return switch (g) {
                case CountySuppression.WOMEN -> indicator.women();
                case CountySuppression.MEN -> indicator.men();
                default -> indicator.total();
            };
        }

        Long inhabitants(int g) {
            Population p = population();
            return switch (g) {
                case CountySuppression.WOMEN -> p.women();
                case CountySuppression.MEN -> p.men();
                default -> p.total();
            };
        }
    }

    private static CountyIndicator combine(String identity, List<Contribution> contributions, List<String> considered) {
        Indicator first = contributions.get(0).indicator();
        Unit unit = first.unit();
        boolean personBased = contributions.stream().anyMatch(c -> c.indicator().personBased());
        PyramidLevel level = contributions.stream()
                .map(c -> c.indicator().pyramidLevel())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        List<String> contributors =
                contributions.stream().map(Contribution::code).toList();
        List<String> lacking =
                considered.stream().filter(code -> !contributors.contains(code)).toList();
        String source = source(identity, contributions);
        if (unit == Unit.PERCENT || unit == Unit.OTHER) {
            List<CountyIndicator.MunicipalValues> municipal = contributions.stream()
                    .map(c -> new CountyIndicator.MunicipalValues(c.code(), c.published()))
                    .toList();
            return new CountyIndicator(
                    identity,
                    first.name(),
                    unit,
                    personBased,
                    level,
                    source,
                    null,
                    contributors,
                    lacking,
                    unit == Unit.PERCENT ? SHARES : OTHER_UNIT,
                    null,
                    municipal);
        }
        BigDecimal[] values = new BigDecimal[3];
        BigDecimal[] counts = new BigDecimal[3];
        List<String> notes = new ArrayList<>();
        boolean rate = unit == Unit.PER_100K;
        for (int g = 0; g < 3; g++) {
            final int column = g;
            if (contributions.stream().anyMatch(c -> c.value(column) == null)) {
                continue;
            }
            if (!rate) {
                values[g] = contributions.stream().map(c -> c.value(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
                counts[g] = values[g];
            } else if (contributions.stream().anyMatch(c -> c.inhabitants(column) == null)) {
                addOnce(notes, NO_POPULATION);
            } else {
                long inhabitants = contributions.stream()
                        .mapToLong(c -> c.inhabitants(column))
                        .sum();
                if (inhabitants == 0) {
                    addOnce(notes, NO_POPULATION);
                    continue;
                }
                BigDecimal persons = contributions.stream()
                        .map(c -> c.value(column).multiply(BigDecimal.valueOf(c.inhabitants(column))))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                values[g] = persons.divide(BigDecimal.valueOf(inhabitants), 1, RoundingMode.HALF_UP);
                counts[g] = values[g].signum() == 0 ? BigDecimal.ZERO : RateSuppression.count(values[g], inhabitants);
            }
        }
        if (values[CountySuppression.WOMEN] == null || values[CountySuppression.MEN] == null) {
            if (contributions.stream()
                    .anyMatch(
                            c -> c.value(CountySuppression.WOMEN) == null || c.value(CountySuppression.MEN) == null)) {
                notes.add(0, NO_SPLIT);
            }
        }
        if (values[CountySuppression.TOTAL] == null
                && contributions.stream().anyMatch(c -> c.value(CountySuppression.TOTAL) == null)) {
            notes.add(NO_TOTAL);
        }
        boolean suppressible = personBased && (unit.count() || rate);
        boolean[] withheld = new boolean[3];
        if (suppressible) {
            List<BigDecimal[]> municipal = new ArrayList<>();
            List<boolean[]> municipalWithheld = new ArrayList<>();
            for (Contribution c : contributions) {
                BigDecimal[] own = new BigDecimal[3];
                for (int g = 0; g < 3; g++) {
                    BigDecimal value = c.value(g);
                    Long inhabitants = c.inhabitants(g);
                    own[g] = !rate || value == null
                            ? value
                            : value.signum() == 0
                                    ? BigDecimal.ZERO
                                    : inhabitants == null ? null : RateSuppression.count(value, inhabitants);
                }
                PublishedValues published = c.published();
                municipal.add(own);
                municipalWithheld.add(new boolean[] {
                    withheld(published.women()), withheld(published.men()), withheld(published.total())
                });
            }
            withheld = CountySuppression.withheld(counts, municipal, municipalWithheld);
        }
        ShownValue[] shown = new ShownValue[3];
        for (int g = 0; g < 3; g++) {
            if (values[g] != null) {
                shown[g] = withheld[g] ? Suppressed.of(counts[g]) : new Shown(values[g]);
            }
        }
        return new CountyIndicator(
                identity,
                first.name(),
                unit,
                personBased,
                level,
                source,
                new PublishedValues(shown[0], shown[1], shown[2]),
                contributors,
                lacking,
                null,
                notes.isEmpty() ? null : String.join(" ", notes),
                List.of());
    }

    private static boolean withheld(ShownValue value) {
        return value != null && value.suppressed();
    }

    private static void addOnce(List<String> notes, String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    private static String source(String identity, List<Contribution> contributions) {
        IndicatorOrigin origin = contributions.get(0).indicator().origin();
        if (identity.startsWith("kolada:") && origin != null) {
            return "Kolada " + origin.reference() + (origin.year() == null ? "" : ", " + origin.year());
        }
        Set<String> sources = new LinkedHashSet<>();
        contributions.forEach(c -> {
            if (c.indicator().source() != null) {
                sources.add(c.indicator().source());
            }
        });
        return sources.isEmpty() ? null : String.join("; ", sources);
    }
}
