package se.valdsprevention.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.decision.FollowUpOutcome;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Goal;
import se.valdsprevention.core.plan.GoalProgress;
import se.valdsprevention.core.plan.OutcomeFollowUp;
import se.valdsprevention.core.situation.Indicator;
import se.valdsprevention.core.situation.PictureStatus;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.SituationPicture;
import se.valdsprevention.core.situation.Suppression;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.MunicipalityPopulations;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.charts.CycleFigures;
import se.valdsprevention.workflows.cycle.CycleVariables;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.situation.ActionPlanRevision;
import se.valdsprevention.workflows.situation.ActionPlans;
import se.valdsprevention.workflows.situation.SituationPictureRevision;
import se.valdsprevention.workflows.situation.SituationPictures;

/**
 * Gathers what a municipality's board report shows. The caller has checked that the user may read the
 * municipality. The picture is the newest agreed one, else the current cycle's newest draft (marked as a draft);
 * the plan is the newest revision of the current cycle's plan, else of the latest cycle that has one. Everything
 * leaves here publishable: the picture suppressed against the municipality's population, goals on person counts
 * with small values withheld.
 */
class BoardReports {

    static final String CYCLE_PROCESS = "iavpCycle";
    static final int MAX_TREND_CYCLES = 12;
    static final int MAX_DECISIONS = 50;
    /** How many of the municipality's latest cycles are searched for a plan. */
    static final int MAX_CYCLES_SEARCHED = 20;

    private final RuntimeService runtimeService;
    private final SituationPictures pictures;
    private final ActionPlans plans;
    private final DecisionRevisions decisions;
    private final MunicipalityNames names;
    private final MunicipalityPopulations populations;
    private final SwedishDates dates;

    BoardReports(
            RuntimeService runtimeService,
            SituationPictures pictures,
            ActionPlans plans,
            DecisionRevisions decisions,
            MunicipalityNames names,
            MunicipalityPopulations populations,
            SwedishDates dates) {
        this.runtimeService = runtimeService;
        this.pictures = pictures;
        this.plans = plans;
        this.decisions = decisions;
        this.names = names;
        this.populations = populations;
        this.dates = dates;
    }

    BoardReportData of(String code) {
        Optional<String> currentCycle = currentCycle(code);
        Optional<SituationPictureRevision> picture = pictures.latestAgreed(code)
                .or(() -> currentCycle.flatMap(pictures::latest))
                .or(() -> pictures.cyclesOf(code).stream().findFirst().flatMap(pictures::latest));
        return new BoardReportData(
                code,
                names.of(code),
                names.countyName(),
                dates.today(),
                picture.map(this::picture).orElse(null),
                plan(code, currentCycle, picture).orElse(null),
                decisionRows(code));
    }

    private BoardReportData.Picture picture(SituationPictureRevision revision) {
        SituationPicture picture = revision.picture();
        return new BoardReportData.Picture(
                picture.publishable(populations.of(picture.areaCode())),
                picture.status() == PictureStatus.AGREED,
                revision.revision(),
                trend(revision));
    }

    /** The agreed pictures of earlier cycles whose periods end before this one's starts, then this one. */
    private List<CycleFigures> trend(SituationPictureRevision current) {
        List<SituationPictureRevision> points = new ArrayList<>();
        for (SituationPictureRevision agreed : pictures.agreedPerCycle(current.municipalityCode())) {
            if (!agreed.cycleId().equals(current.cycleId())
                    && agreed.picture().period().precedes(current.picture().period())) {
                points.add(agreed);
            }
        }
        points.add(current);
        points.sort(Comparator.comparing(revision -> revision.picture().period().start()));
        return points.subList(Math.max(0, points.size() - MAX_TREND_CYCLES), points.size()).stream()
                .map(revision -> new CycleFigures(
                        period(revision.picture().period()),
                        revision.picture().publishable(populations.of(revision.municipalityCode()))))
                .toList();
    }

    private Optional<BoardReportData.Plan> plan(
            String code, Optional<String> currentCycle, Optional<SituationPictureRevision> picture) {
        Set<String> cycles = new LinkedHashSet<>();
        currentCycle.ifPresent(cycles::add);
        pictures.cyclesOf(code).stream().limit(MAX_CYCLES_SEARCHED).forEach(cycles::add);
        for (String cycleId : cycles) {
            Optional<ActionPlanRevision> found =
                    plans.latest(cycleId).filter(revision -> code.equals(revision.municipalityCode()));
            if (found.isPresent()) {
                ActionPlanRevision revision = found.get();
                Map<String, Indicator> indicators = pictures.latest(cycleId)
                        .map(SituationPictureRevision::picture)
                        .or(() -> picture.map(SituationPictureRevision::picture))
                        .map(p -> p.indicators().stream()
                                .collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a)))
                        .orElse(Map.of());
                return Optional.of(new BoardReportData.Plan(
                        revision.plan(),
                        revision.revision(),
                        dates.dateTime(revision.recordedAt()),
                        goalRows(revision.plan(), indicators)));
            }
        }
        return Optional.empty();
    }

    /**
     * The goals as they may be shown: a goal on a person-based count whose baseline, target or a measurement is a
     * small count shows none of its figures (as on the plan page for readers outside the team).
     */
    private List<BoardReportData.GoalRow> goalRows(ActionPlan plan, Map<String, Indicator> indicators) {
        List<BoardReportData.GoalRow> rows = new ArrayList<>();
        List<GoalProgress> progress = plan.goalProgress();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            GoalProgress p = progress.get(i);
            Indicator indicator = indicators.get(goal.indicatorId());
            List<OutcomeFollowUp> measured = plan.outcomeFollowUps().stream()
                    .filter(f -> f.goalId().equals(goal.id()))
                    .toList();
            boolean personCount = indicator == null
                    || (indicator.personBased()
                            && indicator.unit() != null
                            && indicator.unit().count());
            boolean protect = personCount
                    && (Suppression.small(goal.baseline())
                            || Suppression.small(goal.target())
                            || measured.stream().anyMatch(m -> Suppression.small(m.measuredValue())));
            rows.add(new BoardReportData.GoalRow(
                    i + 1,
                    goal.description(),
                    indicator == null ? goal.indicatorId() : indicator.name(),
                    shown(goal.baseline(), protect),
                    shown(goal.target(), protect),
                    dates.date(goal.deadline()),
                    protect ? "Siffrorna visas inte: färre än 5 personer." : progress(p)));
        }
        return rows;
    }

    private static String shown(BigDecimal value, boolean protect) {
        if (protect) {
            return Suppression.small(value) ? "färre än 5" : "dolt för att skydda små tal";
        }
        return BoardReport.number(value);
    }

    private String progress(GoalProgress progress) {
        if (progress.latest() == null) {
            return "Inte mätt ännu.";
        }
        String status = switch (progress.status()) {
            case NOT_STARTED -> "Ingen förändring ännu";
            case ON_TRACK -> "På väg mot målet";
            case ACHIEVED -> "Målet är nått";
            case WORSENING -> "Går åt fel håll";
        };
        return status + ": senaste mätningen " + dates.date(progress.latestMeasuredAt()) + " visade "
                + BoardReport.number(progress.latest()) + ".";
    }

    private List<BoardReportData.DecisionRow> decisionRows(String code) {
        return decisions.latestIn(code).stream()
                .limit(MAX_DECISIONS)
                .map(DecisionRevision::decision)
                .map(this::decisionRow)
                .toList();
    }

    private BoardReportData.DecisionRow decisionRow(Decision decision) {
        FollowUpOutcome outcome = decision.followUpOutcome();
        return new BoardReportData.DecisionRow(
                decision.proposal().title(),
                decision.proposal().type().label(),
                decision.status().label(),
                decision.decidedAt() == null ? "–" : dates.date(decision.decidedAt()),
                decision.proposal().followUpDate() == null
                        ? "–"
                        : dates.date(decision.proposal().followUpDate()),
                outcome == null
                        ? "inte uppföljt ännu"
                        : "uppföljt " + dates.date(outcome.followedUpAt())
                                + (outcome.effect() == null ? "" : ": " + outcome.effect()));
    }

    /** The municipality's running cycle as the engine shows it to the user (chosen as the charts choose it). */
    private Optional<String> currentCycle(String code) {
        Optional<ProcessInstance> running = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CYCLE_PROCESS)
                .tenantIdIn(code)
                .active()
                .orderByProcessInstanceId()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst();
        return running.map(instance -> runtimeService.getVariable(instance.getId(), CycleVariables.CYCLE_ID))
                .map(Object::toString);
    }

    /** A period as users read it: "2025" for a calendar year, otherwise "2025-01-01–2025-06-30". */
    static String period(ReportingPeriod period) {
        LocalDate start = period.start();
        if (start.getDayOfYear() == 1 && period.end().equals(start.withMonth(12).withDayOfMonth(31))) {
            return Integer.toString(start.getYear());
        }
        return period.toString();
    }
}
