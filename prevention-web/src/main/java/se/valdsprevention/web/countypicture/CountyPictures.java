package se.valdsprevention.web.countypicture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import se.valdsprevention.core.situation.CountyIndicator;
import se.valdsprevention.core.situation.CountyPicture;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.IndicatorOrigin;
import se.valdsprevention.core.situation.MunicipalIndicators;
import se.valdsprevention.core.situation.PublishedValues;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.charts.SituationCharts;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;
import se.valdsprevention.workflows.statistics.KoladaValues;
import se.valdsprevention.workflows.statistics.StoredValue;
import se.valdsprevention.workflows.statistics.kolada.Gender;
import se.valdsprevention.workflows.statistics.kolada.KoladaClient;
import se.valdsprevention.workflows.statistics.kolada.KoladaIndicators;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties;
import se.valdsprevention.workflows.statistics.kolada.KoladaProperties.IndicatorProperties;

/**
 * Builds Länets lägesbild for the municipalities a county officer follows: {@link CountyPicture} over each
 * municipality's newest agreed situation picture of the period, and over the values of the county-wide Kolada fetch
 * for the period's year, each suppressed against the municipality's configured population. The caller has checked
 * that the user may follow the county and passes only the municipalities the user may read.
 */
public class CountyPictures {

    static final String AGREED_SOURCE = "Kommunernas fastställda lägesbilder";
    static final String NO_LEVEL = "Utan nivå i våldspyramiden";

    private final SituationPictures pictures;
    private final ObjectProvider<KoladaValues> koladaValues;
    private final ObjectProvider<KoladaProperties> kolada;
    private final String countyCode;
    private final MunicipalityNames names;
    private final MunicipalityPopulations populations;
    private final SwedishDates dates;
    private final SituationCharts charts;

    CountyPictures(
            SituationPictures pictures,
            ObjectProvider<KoladaValues> koladaValues,
            ObjectProvider<KoladaProperties> kolada,
            String countyCode,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SwedishDates dates,
            SituationCharts charts) {
        this.pictures = pictures;
        this.koladaValues = koladaValues;
        this.kolada = kolada;
        this.countyCode = countyCode;
        this.names = names;
        this.populations = populations;
        this.dates = dates;
        this.charts = charts;
    }

    /**
     * The chart of women and men of the county's combined values from the agreed pictures of {@code period}, as an
     * SVG document; withheld values are not drawn.
     */
    public String genderChart(List<String> codes, ReportingPeriod period) {
        return charts.genderBars(agreed(codes, period).forCharts());
    }

    /** The periods the municipalities have agreed pictures for, the newest first. */
    List<ReportingPeriod> periods(List<String> codes) {
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        codes.forEach(code -> pictures.agreedPerCycle(code)
                .forEach(r -> periods.add(r.picture().period())));
        return periods.stream()
                .sorted(Comparator.comparing(ReportingPeriod::end)
                        .thenComparing(ReportingPeriod::start)
                        .reversed())
                .toList();
    }

    /**
     * The period shown when none is chosen: the newest one with an agreed picture, else the newest year of the Kolada
     * fetch with a number, else last year.
     */
    public ReportingPeriod defaultPeriod(List<String> codes) {
        return periods(codes).stream()
                .findFirst()
                .or(() -> koladaKpis().isEmpty()
                        ? Optional.empty()
                        : Optional.ofNullable(koladaValues.getIfAvailable())
                                .flatMap(values -> values.newestYearWithNumber(koladaKpis()))
                                .map(ReportingPeriod::ofYear))
                .orElse(ReportingPeriod.ofYear(dates.today().getYear() - 1));
    }

    /** The county picture of the municipalities' newest agreed pictures of exactly {@code period}. */
    CountyPicture agreed(List<String> codes, ReportingPeriod period) {
        List<MunicipalIndicators> municipalities = new ArrayList<>();
        for (String code : codes) {
            Optional<SituationPictureRevision> agreed = pictures.agreedPerCycle(code).stream()
                    .filter(r -> r.picture().period().equals(period))
                    .reduce((first, second) -> second);
            municipalities.add(agreed.map(r -> new MunicipalIndicators(
                            code, populations.of(code), r.picture().indicators()))
                    .orElseGet(() -> MunicipalIndicators.none(code, populations.of(code))));
        }
        return CountyPicture.of(countyCode, period, municipalities);
    }

    /** The county picture of the Kolada fetch's values for {@code year}, and when they were fetched. */
    Optional<KoladaPicture> kolada(List<String> codes, int year) {
        KoladaValues values = koladaValues.getIfAvailable();
        List<String> kpis = koladaKpis();
        if (values == null || kpis.isEmpty()) {
            return Optional.empty();
        }
        List<StoredValue> stored = values.ofYear(kpis, year);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, StoredValue>> byMunicipality = new HashMap<>();
        Instant fetched = null;
        for (StoredValue value : stored) {
            byMunicipality
                    .computeIfAbsent(value.municipality(), m -> new HashMap<>())
                    .put(value.kpi() + "/" + value.gender().code(), value);
            fetched = fetched == null || value.retrievedAt().isAfter(fetched) ? value.retrievedAt() : fetched;
        }
        List<MunicipalIndicators> municipalities = new ArrayList<>();
        for (String code : codes) {
            Map<String, StoredValue> own = byMunicipality.get(code);
            if (own == null) {
                municipalities.add(MunicipalIndicators.none(code, populations.of(code)));
                continue;
            }
            List<Indicator> indicators = new ArrayList<>();
            for (IndicatorProperties kpi : kolada.getObject().getIndicators()) {
                indicator(kpi, own, year).ifPresent(indicators::add);
            }
            municipalities.add(new MunicipalIndicators(code, populations.of(code), indicators));
        }
        return Optional.of(
                new KoladaPicture(CountyPicture.of(countyCode, ReportingPeriod.ofYear(year), municipalities), fetched));
    }

    /** The county picture of Kolada's values and the newest time one of them was fetched. */
    record KoladaPicture(CountyPicture picture, Instant fetchedAt) {}

    private static Optional<Indicator> indicator(IndicatorProperties kpi, Map<String, StoredValue> own, int year) {
        BigDecimal women = number(own.get(kpi.getId() + "/" + Gender.WOMEN.code()));
        BigDecimal men = number(own.get(kpi.getId() + "/" + Gender.MEN.code()));
        BigDecimal total = number(own.get(kpi.getId() + "/" + Gender.TOTAL.code()));
        if (women == null && men == null && total == null) {
            return Optional.empty();
        }
        boolean personBased = Boolean.TRUE.equals(kpi.getPersonBased());
        StoredValue any = own.get(kpi.getId() + "/" + Gender.TOTAL.code());
        Instant at = any == null ? Instant.EPOCH : any.retrievedAt();
        try {
            return Optional.of(new Indicator(
                    KoladaIndicators.indicatorId(kpi.getId()),
                    kpi.getName(),
                    "Kolada (" + kpi.getId() + ")",
                    kpi.getUnit(),
                    personBased,
                    kpi.getPyramidLevel(),
                    women,
                    men,
                    total,
                    personBased && (women == null || men == null) ? "Kolada saknar värde för kvinnor eller män." : null,
                    IndicatorOrigin.kolada(kpi.getId(), year, at),
                    null));
        } catch (ValidationException unusable) {
            // Values the indicator cannot hold (a negative count) are left out, as the municipality lacking them.
            return Optional.empty();
        }
    }

    private static BigDecimal number(StoredValue value) {
        return value == null ? null : value.value();
    }

    private List<String> koladaKpis() {
        KoladaProperties properties = kolada.getIfAvailable();
        return properties == null || !properties.isEnabled() ? List.of() : properties.kpiIds();
    }

    /** The picture of {@code period} as the page and the report show it. */
    public CountyPictureView view(List<String> codes, ReportingPeriod period) {
        CountyPicture agreed = agreed(codes, period);
        Map<PyramidLevel, List<CountyPictureView.Row>> rows = new LinkedHashMap<>();
        List<CountyPictureView.Row> withoutLevel = new ArrayList<>();
        for (PyramidLevel level : PyramidLevel.values()) {
            rows.put(level, new ArrayList<>());
        }
        agreed.indicators().forEach(i -> place(rows, withoutLevel, i, row(i, AGREED_SOURCE, codes.size())));
        String koladaSource = null;
        String koladaNote = null;
        if (!PeriodParameter.calendarYear(period)) {
            koladaNote = "Koladas värden gäller kalenderår. Välj ett år för att se dem bredvid lägesbilderna.";
        } else {
            Optional<KoladaPicture> fetched = kolada(codes, period.start().getYear());
            if (fetched.isEmpty()) {
                koladaNote = "Det finns inga hämtade värden från Kolada för "
                        + period.start().getYear() + ".";
            } else {
                koladaSource = KoladaClient.SOURCE + ", hämtad "
                        + dates.date(
                                fetched.get().fetchedAt().atZone(dates.zone()).toLocalDate());
                String source = koladaSource;
                fetched.get()
                        .picture()
                        .indicators()
                        .forEach(i -> place(rows, withoutLevel, i, row(i, source, codes.size())));
            }
        }
        List<CountyPictureView.Level> levels = new ArrayList<>();
        rows.forEach((level, list) -> levels.add(new CountyPictureView.Level(
                "niva-" + level.step(), "Nivå " + level.step() + ": " + capitalised(level.label()), list)));
        levels.add(new CountyPictureView.Level("utan-niva", NO_LEVEL, withoutLevel));
        return new CountyPictureView(
                names.countyName(),
                PeriodParameter.label(period),
                PeriodParameter.format(period),
                agreed.withFigures().stream().map(names::of).toList(),
                agreed.withoutFigures().stream().map(names::of).toList(),
                koladaSource,
                koladaNote,
                levels,
                agreed.indicators().stream()
                        .anyMatch(i -> i.combined()
                                && i.values().women() != null
                                && i.values().men() != null));
    }

    private static void place(
            Map<PyramidLevel, List<CountyPictureView.Row>> rows,
            List<CountyPictureView.Row> withoutLevel,
            CountyIndicator indicator,
            CountyPictureView.Row row) {
        (indicator.pyramidLevel() == null ? withoutLevel : rows.get(indicator.pyramidLevel())).add(row);
    }

    private CountyPictureView.Row row(CountyIndicator indicator, String source, int considered) {
        PublishedValues values = indicator.values();
        List<String> notes = new ArrayList<>();
        if (indicator.notCombined() != null) {
            notes.add(indicator.notCombined());
            List<String> own = indicator.municipal().stream()
                    .map(m -> names.of(m.municipalityCode()) + ": "
                            + text(
                                    m.values().total() != null
                                            ? m.values().total()
                                            : m.values().women()))
                    .toList();
            notes.add(String.join(", ", own) + ".");
        }
        if (indicator.note() != null) {
            notes.add(indicator.note());
        }
        if (!indicator.lacking().isEmpty()) {
            notes.add("Saknas för "
                    + String.join(
                            ", ", indicator.lacking().stream().map(names::of).toList()) + ".");
        }
        boolean withheld = values != null
                && (values.women() instanceof Suppressed
                        || values.men() instanceof Suppressed
                        || values.total() instanceof Suppressed);
        return new CountyPictureView.Row(
                indicator.name(),
                values == null ? "–" : text(values.women()),
                values == null ? "–" : text(values.men()),
                values == null ? "–" : text(values.total()),
                indicator.unit().label(),
                indicator.contributors().size() + " av " + considered,
                source,
                withheld,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** A published value in Swedish: the number with a decimal comma, a withheld one as why, "–" when not given. */
    static String text(ShownValue value) {
        if (value instanceof Shown shown) {
            return shown.value().stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Suppressed suppressed) {
            return suppressed.label();
        }
        return "–";
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
