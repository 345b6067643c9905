package se.valdsprevention.web.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.valdsprevention.core.county.AreaCodes;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.DecisionStatus;
import se.valdsprevention.core.evaluation.LeadTimes;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.web.charts.Chart;
import se.valdsprevention.web.charts.ChartFigures;
import se.valdsprevention.web.charts.ProcessCharts;
import se.valdsprevention.web.evaluation.EvaluationFigures;
import se.valdsprevention.workflows.change.KeptUntilChanged;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * The charts of the county overview, the county report and the municipality page, from the figures those pages
 * already have: the evaluation's lead times per step, the overview rows' attendance, the engine's cycle history
 * and the municipality's decisions and check-ins. Lead times count only steps that ended; a municipality with no
 * decision, or a check-in nobody was listed at, has no bar rather than a zero one.
 */
class OverviewCharts {

    /** At most this many cycle turns and check-ins in a municipality's charts: the newest ones. */
    static final int MAX_TURNS = ChartFigures.MAX_SERIES;

    static final int MAX_CHECK_INS = 12;

    /** The outcomes a decision can have, in the order the charts show them. */
    enum Outcome {
        APPROVED("Beslutat"),
        RETURNED("Återremitterat"),
        REJECTED("Avslaget"),
        PENDING("Väntar på beslut");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Outcome of(DecisionStatus status) {
            return switch (status) {
                case APPROVED, FOLLOWED_UP -> APPROVED;
                case RETURNED -> RETURNED;
                case REJECTED -> REJECTED;
                case PROPOSED -> PENDING;
            };
        }
    }

    /** The three charts of a page, in the order it shows them. */
    record Charts(Chart leadTimes, Chart attendance, Chart decisions) {

        public List<Chart> all() {
            return List.of(leadTimes, attendance, decisions);
        }
    }

    /** How many county charts are kept, each under its figures: those of a few filters of the overview. */
    static final int KEPT = 16;

    private final ProcessCharts charts;
    private final DecisionRevisions decisions;
    private final Map<List<Object>, Chart> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Chart> eldest) {
            return size() > KEPT;
        }
    };
    private final KeptUntilChanged<List<Decision>> keptDecisions;

    OverviewCharts(ProcessCharts charts, DecisionRevisions decisions, CountyProperties county) {
        this.charts = charts;
        this.decisions = decisions;
        // every municipality's, or the overview would read them all again on every request once there are more
        this.keptDecisions =
                new KeptUntilChanged<>(Math.max(1, county.municipalityCodes().size()));
    }

    /**
     * The county's charts. A municipality's decisions are read again only when it has changed since
     * {@code revisions} were read, or the day has turned; a chart is drawn again only when its figures differ from
     * those it was last drawn from (the newest {@value #KEPT} charts are kept).
     */
    Charts county(List<OverviewRow> rows, List<EvaluationFigures> figures, Map<String, Long> revisions) {
        LocalDate today = EngineClock.today();
        Map<String, List<Decision>> byMunicipality = new LinkedHashMap<>();
        for (OverviewRow row : rows) {
            byMunicipality.put(
                    row.name(), keptDecisions.get(row.code(), null, revisions, today, () -> decisionsOf(row.code())));
        }
        return new Charts(
                kept("diagram-ledtider", countyLeadTimes(figures)),
                kept("diagram-narvaro", countyAttendance(rows)),
                kept("diagram-beslut", countyDecisions(byMunicipality)));
    }

    /** The county's charts: per municipality of {@code rows}, and the lead times of the evaluation's rows. */
    Charts county(List<OverviewRow> rows, List<EvaluationFigures> figures) {
        Map<String, List<Decision>> byMunicipality = new LinkedHashMap<>();
        for (OverviewRow row : rows) {
            byMunicipality.put(row.name(), decisionsOf(row.code()));
        }
        return new Charts(
                charts.bars("diagram-ledtider", countyLeadTimes(figures)),
                charts.bars("diagram-narvaro", countyAttendance(rows)),
                charts.bars("diagram-beslut", countyDecisions(byMunicipality)));
    }

    private List<Decision> decisionsOf(String code) {
        return decisions.latestIn(code).stream().map(DecisionRevision::decision).toList();
    }

    /** The chart drawn from these figures before, or drawn now. */
    private Chart kept(String id, ChartFigures figures) {
        List<Object> key = List.of(id, figures);
        synchronized (drawn) {
            Chart found = drawn.get(key);
            if (found != null) {
                return found;
            }
        }
        Chart chart = charts.bars(id, figures);
        synchronized (drawn) {
            drawn.put(key, chart);
        }
        return chart;
    }

    /** A municipality's charts: its cycles' steps, its check-ins held and its decisions. */
    Charts municipality(List<CycleHistory.CycleRecord> cycles, List<Meeting> held, List<Decision> decided) {
        return new Charts(
                charts.bars("diagram-ledtider", municipalityLeadTimes(cycles)),
                charts.bars("diagram-narvaro", municipalityAttendance(held)),
                charts.bars("diagram-beslut", municipalityDecisions(decided)));
    }

    /**
     * The most municipalities a county chart shows. A county with more (the whole country) gets those that most need
     * attention, and the chart's title says which and of how many; the table beside it has every one.
     */
    static final int MOST_SHOWN = 40;

    static ChartFigures countyLeadTimes(List<EvaluationFigures> all) {
        List<EvaluationFigures> municipalities =
                all.stream().filter(f -> !AreaCodes.isCountyCode(f.code())).toList();
        String title = "Ledtid per steg i handboken, median under de senaste tolv månaderna";
        List<EvaluationFigures> figures = all;
        if (municipalities.size() > MOST_SHOWN) {
            figures = new ArrayList<>(municipalities.stream()
                    .sorted(Comparator.comparing(
                            OverviewCharts::longestMedian, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(MOST_SHOWN)
                    .toList());
            all.stream().filter(f -> AreaCodes.isCountyCode(f.code())).forEach(figures::add);
            title += ": de " + MOST_SHOWN + " kommuner av " + municipalities.size() + " med längst ledtid";
        }
        List<ChartFigures.Series> series = new ArrayList<>();
        for (HandbookStep step : HandbookStep.values()) {
            List<BigDecimal> medians = figures.stream()
                    .map(f -> f.stepLeadTimes().get(step.number() - 1))
                    .map(LeadTimes::medianDays)
                    .toList();
            series.add(new ChartFigures.Series("Steg " + step.number(), medians));
        }
        return new ChartFigures(
                title,
                "Kommun",
                "Ledtid (dagar, median)",
                " dagar",
                figures.stream().map(EvaluationFigures::name).toList(),
                series,
                "Inget steg i handboken har avslutats under de senaste tolv månaderna, så det finns inga ledtider"
                        + " att visa.");
    }

    /** The longest median of a municipality's steps, null when no step ended. */
    private static BigDecimal longestMedian(EvaluationFigures figures) {
        return figures.stepLeadTimes().stream()
                .map(LeadTimes::medianDays)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    static ChartFigures countyAttendance(List<OverviewRow> all) {
        String title = "Närvaro vid de sex senaste avstämningarna per kommun";
        List<OverviewRow> rows = all;
        if (all.size() > MOST_SHOWN) {
            rows = all.stream()
                    .sorted(Comparator.comparing(
                            OverviewRow::attendanceRate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .limit(MOST_SHOWN)
                    .toList();
            title += ": de " + MOST_SHOWN + " kommuner av " + all.size() + " med lägst närvaro";
        }
        return new ChartFigures(
                title,
                "Kommun",
                "Närvaro (procent av de väntade)",
                " %",
                rows.stream().map(OverviewRow::name).toList(),
                List.of(new ChartFigures.Series(
                        "Närvaro",
                        rows.stream()
                                .map(row -> row.attendanceRate() == null
                                        ? null
                                        : row.attendanceRate().movePointRight(2).setScale(0, RoundingMode.HALF_UP))
                                .toList())),
                "Ingen kommun har hållit någon avstämning med väntade deltagare ännu, så det finns ingen närvaro att"
                        + " visa.");
    }

    static ChartFigures countyDecisions(Map<String, List<Decision>> all) {
        String title = "Beslut per utfall och kommun";
        Map<String, List<Decision>> byMunicipality = all;
        if (all.size() > MOST_SHOWN) {
            byMunicipality = new LinkedHashMap<>();
            for (Map.Entry<String, List<Decision>> municipality : all.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<Decision>> e) ->
                                    tally(e.getValue()).getOrDefault(Outcome.PENDING, 0))
                            .thenComparing(e -> e.getValue().size())
                            .reversed())
                    .limit(MOST_SHOWN)
                    .toList()) {
                byMunicipality.put(municipality.getKey(), municipality.getValue());
            }
            title += ": de " + MOST_SHOWN + " kommuner av " + all.size() + " med flest beslut som väntar";
        }
        List<String> names = new ArrayList<>(byMunicipality.keySet());
        Map<Outcome, List<BigDecimal>> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, new ArrayList<>());
        }
        for (List<Decision> decided : byMunicipality.values()) {
            Map<Outcome, Integer> tally = tally(decided);
            for (Outcome outcome : Outcome.values()) {
                counts.get(outcome).add(decided.isEmpty() ? null : BigDecimal.valueOf(tally.getOrDefault(outcome, 0)));
            }
        }
        List<ChartFigures.Series> series = new ArrayList<>();
        counts.forEach((outcome, values) -> series.add(new ChartFigures.Series(outcome.label(), values)));
        return new ChartFigures(
                title,
                "Kommun",
                "Antal beslut",
                "",
                names,
                series,
                "Ingen kommun har föreslagit något beslut ännu, så det finns inga beslut att visa.");
    }

    static ChartFigures municipalityLeadTimes(List<CycleHistory.CycleRecord> cycles) {
        record Turn(String name, Map<HandbookStep, BigDecimal> days) {}
        List<Turn> turns = new ArrayList<>();
        for (CycleHistory.CycleRecord cycle : cycles) {
            Map<Integer, Map<HandbookStep, BigDecimal>> byTurn = new LinkedHashMap<>();
            for (CycleHistory.StepRecord step : cycle.steps()) {
                Map<HandbookStep, BigDecimal> days =
                        byTurn.computeIfAbsent(step.turn(), t -> new EnumMap<>(HandbookStep.class));
                if (step.endedAt() != null) {
                    LocalDate start = LocalDate.ofInstant(step.startedAt(), EngineClock.zone());
                    LocalDate end = LocalDate.ofInstant(step.endedAt(), EngineClock.zone());
                    days.put(step.step(), BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)));
                }
            }
            boolean severalTurns = byTurn.size() > 1;
            byTurn.forEach((turn, days) ->
                    turns.add(new Turn(severalTurns ? cycle.label() + ", varv " + turn : cycle.label(), days)));
        }
        List<Turn> shown = turns.subList(Math.max(0, turns.size() - MAX_TURNS), turns.size());
        List<ChartFigures.Series> series = new ArrayList<>();
        for (Turn turn : shown) {
            List<BigDecimal> values = new ArrayList<>();
            for (HandbookStep step : HandbookStep.values()) {
                values.add(turn.days().get(step));
            }
            series.add(new ChartFigures.Series(unique(turn.name(), series), values));
        }
        return new ChartFigures(
                "Ledtid per steg i handboken och cykel",
                "Steg",
                "Ledtid (dagar)",
                " dagar",
                List.of(HandbookStep.values()).stream().map(HandbookStep::title).toList(),
                series,
                "Inget steg har avslutats ännu, så det finns inga ledtider att visa.");
    }

    static ChartFigures municipalityAttendance(List<Meeting> held) {
        List<Meeting> newest = held.stream()
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
                .toList();
        newest = newest.subList(Math.max(0, newest.size() - MAX_CHECK_INS), newest.size());
        List<String> dates = new ArrayList<>();
        List<BigDecimal> present = new ArrayList<>();
        List<BigDecimal> withSubstitutes = new ArrayList<>();
        for (Meeting meeting : newest) {
            String date = meeting.date().toString();
            for (int n = 2; dates.contains(date); n++) {
                date = meeting.date() + " (" + n + ")";
            }
            dates.add(date);
            int listed = meeting.attendance().size();
            long inPerson = meeting.attendance().stream()
                    .filter(a -> a.status() == AttendanceStatus.PRESENT)
                    .count();
            long substituted = meeting.attendance().stream()
                    .filter(a -> a.status() == AttendanceStatus.SUBSTITUTE)
                    .count();
            present.add(listed == 0 ? null : percent(inPerson, listed));
            withSubstitutes.add(listed == 0 ? null : percent(inPerson + substituted, listed));
        }
        return new ChartFigures(
                "Närvaro per avstämning",
                "Avstämning",
                "Närvaro (procent av de listade)",
                " %",
                dates,
                List.of(
                        new ChartFigures.Series("Själva", present),
                        new ChartFigures.Series("Själva eller ersättare", withSubstitutes)),
                "Kommunen har ingen hållen avstämning med listad närvaro ännu, så det finns ingen närvaro att visa.");
    }

    static ChartFigures municipalityDecisions(List<Decision> decided) {
        Map<Outcome, Integer> tally = tally(decided);
        return new ChartFigures(
                "Beslut per utfall",
                "Utfall",
                "Antal beslut",
                "",
                List.of(Outcome.values()).stream().map(Outcome::label).toList(),
                List.of(new ChartFigures.Series(
                        "Beslut",
                        List.of(Outcome.values()).stream()
                                .map(o -> decided.isEmpty() ? null : BigDecimal.valueOf(tally.getOrDefault(o, 0)))
                                .toList())),
                "Inga beslut har föreslagits ännu, så det finns inga beslut att visa.");
    }

    private static Map<Outcome, Integer> tally(List<Decision> decided) {
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        decided.forEach(d -> tally.merge(Outcome.of(d.status()), 1, Integer::sum));
        return tally;
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }

    private static String unique(String name, List<ChartFigures.Series> taken) {
        List<String> names = taken.stream().map(ChartFigures.Series::name).toList();
        String candidate = name;
        for (int n = 2; names.contains(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
