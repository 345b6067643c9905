package se.valdsprevention.web.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import se.valdsprevention.core.evaluation.ActionFollowThrough;
import se.valdsprevention.core.evaluation.LeadTimes;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.team.AttendanceRates;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.Turnover;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.change.KeptUntilChanged;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * The evaluation evidence of a municipality for a period, computed from Camunda's history and the project's own
 * tables; nobody types anything for it. Every history query is restricted to the municipality's tenant and runs as
 * the server after the page has decided the user may see the municipality.
 *
 * <ul>
 *   <li>lead time per handbook step: the step sub-processes of the IAVP cycle that ended in the period;
 *   <li>stalls: the tasks "Kontakta kommunen: arbetet står still" started in the period, and how long they stood;
 *   <li>decisions: municipal decisions that ended in the period, from proposal to decision; follow-ups: from the
 *       decision to its follow-up done;
 *   <li>check-ins held in the period and attendance at them; members who left; actions due and overdue.
 * </ul>
 */
public class Evaluation {

    /** The step sub-processes of the IAVP cycle, steps 1 to 5. */
    static final List<String> STEPS = List.of(
            "initiateCollaboration",
            "describeViolence",
            "identifyFactors",
            "developInterventions",
            "implementAndFollowUp");

    static final String STALL_TASK = "contactStalledMunicipality";
    static final String DECISION_PROCESS = "municipalDecision";
    static final String FOLLOW_UP_PROCESS = "decisionFollowUp";

    /** At most this many municipality-and-period figures are kept: a county's for a few periods. */
    static final int KEPT = 1_000;

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private final HistoryService history;
    private final IdentityService identity;
    private final MeetingRevisions meetings;
    private final TeamMembers teams;
    private final MunicipalityNames names;
    private final MunicipalityChanges changes;

    /** The collected figures of the newest periods asked for, per municipality. */
    private final KeptUntilChanged<Collected> kept = new KeptUntilChanged<>(KEPT);

    Evaluation(
            HistoryService history,
            IdentityService identity,
            MeetingRevisions meetings,
            TeamMembers teams,
            MunicipalityNames names,
            MunicipalityChanges changes) {
        this.history = history;
        this.identity = identity;
        this.meetings = meetings;
        this.teams = teams;
        this.names = names;
        this.changes = changes;
    }

    /** The municipality's figures for the period. */
    EvaluationFigures of(String code, ReportingPeriod period) {
        return collected(code, period, changes.revisions()).figures(code, names.of(code), EngineClock.now());
    }

    /** The figures of each municipality and, last, of them all together (code and name of the county). */
    public List<EvaluationFigures> ofCounty(List<String> codes, String countyCode, ReportingPeriod period) {
        Map<String, Long> revisions = changes.revisions();
        Instant now = EngineClock.now();
        List<EvaluationFigures> rows = new ArrayList<>();
        Collected all = Collected.empty();
        for (String code : codes) {
            Collected one = collected(code, period, revisions);
            rows.add(one.figures(code, names.of(code), now));
            all = all.plus(one);
        }
        rows.add(all.figures(countyCode, "Hela länet (" + names.countyName() + ")", now));
        return rows;
    }

    /**
     * The municipality's durations and counts for the period, collected again only when it has changed since
     * {@code revisions} were read, or the day has turned; stalls still open are counted up to now when shown.
     */
    private Collected collected(String code, ReportingPeriod period, Map<String, Long> revisions) {
        return kept.get(code, period, revisions, EngineClock.today(), () -> collect(code, period));
    }

    /** The raw durations and counts behind the figures, so the county's are computed on all of them. */
    private record Collected(
            List<List<Duration>> steps,
            int stalls,
            Duration stalledUntilResumed,
            List<Instant> stalledSince,
            List<Duration> decisions,
            List<Duration> followUps,
            int checkIns,
            int expected,
            int attended,
            int membersLeft,
            BigDecimal averageHeadcount,
            ActionFollowThrough actions) {

        static Collected empty() {
            List<List<Duration>> steps = new ArrayList<>();
            STEPS.forEach(step -> steps.add(List.of()));
            return new Collected(
                    steps,
                    0,
                    Duration.ZERO,
                    List.of(),
                    List.of(),
                    List.of(),
                    0,
                    0,
                    0,
                    0,
                    null,
                    new ActionFollowThrough(0, 0));
        }

        Collected plus(Collected other) {
            List<List<Duration>> joined = new ArrayList<>();
            for (int i = 0; i < STEPS.size(); i++) {
                joined.add(concat(steps.get(i), other.steps.get(i)));
            }
            return new Collected(
                    joined,
                    stalls + other.stalls,
                    stalledUntilResumed.plus(other.stalledUntilResumed),
                    concat(stalledSince, other.stalledSince),
                    concat(decisions, other.decisions),
                    concat(followUps, other.followUps),
                    checkIns + other.checkIns,
                    expected + other.expected,
                    attended + other.attended,
                    membersLeft + other.membersLeft,
                    null,
                    new ActionFollowThrough(
                            actions.due() + other.actions.due(), actions.overdue() + other.actions.overdue()));
        }

        /** The figures, with the stalls still open counted up to {@code now}. */
        EvaluationFigures figures(String code, String name, Instant now) {
            Duration stalled = stalledSince.stream()
                    .map(since -> Duration.between(since, now))
                    .reduce(stalledUntilResumed, Duration::plus);
            return new EvaluationFigures(
                    code,
                    name,
                    steps.stream().map(LeadTimes::of).toList(),
                    stalls,
                    days(stalled),
                    LeadTimes.of(decisions),
                    LeadTimes.of(followUps),
                    checkIns,
                    expected == 0
                            ? null
                            : BigDecimal.valueOf(attended * 100L)
                                    .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP),
                    membersLeft,
                    averageHeadcount,
                    actions);
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }
    }

    private Collected collect(String code, ReportingPeriod period) {
        ZoneId zone = EngineClock.zone();
        Date from = Date.from(period.start().atStartOfDay(zone).toInstant());
        Date to = Date.from(period.end().plusDays(1).atStartOfDay(zone).toInstant());
        Predicate<Date> inPeriod = date -> date != null && !date.before(from) && date.before(to);
        return AsApplication.call(identity, () -> {
            List<List<Duration>> steps = new ArrayList<>();
            for (String step : STEPS) {
                steps.add(
                        history
                                .createHistoricActivityInstanceQuery()
                                .activityId(step)
                                .tenantIdIn(code)
                                .finished()
                                .list()
                                .stream()
                                .filter(activity -> inPeriod.test(activity.getEndTime()))
                                .map(Evaluation::duration)
                                .toList());
            }
            List<HistoricTaskInstance> stallTasks =
                    history
                            .createHistoricTaskInstanceQuery()
                            .taskDefinitionKey(STALL_TASK)
                            .tenantIdIn(code)
                            .list()
                            .stream()
                            .filter(task -> inPeriod.test(task.getStartTime()))
                            .toList();
            Duration stalledUntilResumed = stallTasks.stream()
                    .filter(task -> task.getEndTime() != null)
                    .map(task -> Duration.between(
                            task.getStartTime().toInstant(), task.getEndTime().toInstant()))
                    .reduce(Duration.ZERO, Duration::plus);
            List<Instant> stalledSince = stallTasks.stream()
                    .filter(task -> task.getEndTime() == null)
                    .map(task -> task.getStartTime().toInstant())
                    .toList();
            List<Duration> decisions = endedIn(DECISION_PROCESS, code, inPeriod);
            List<Duration> followUps = endedIn(FOLLOW_UP_PROCESS, code, inPeriod);
            LocalDate today = EngineClock.today();
            List<Meeting> recorded = meetings.latestIn(code).stream()
                    .map(MeetingRevision::meeting)
                    .toList();
            List<Meeting> held = recorded.stream()
                    .filter(meeting ->
                            period.includes(meeting.date()) && !meeting.date().isAfter(today))
                    .toList();
            Team team = teams.team(code);
            int expected = 0;
            int attended = 0;
            if (!held.isEmpty()) {
                AttendanceRates rates = AttendanceRates.of(team, held, held.size());
                for (var tally : rates.byMember().values()) {
                    expected += tally.expected();
                    attended += tally.attended() + tally.substituted();
                }
            }
            Turnover turnover = Turnover.of(team, period.start(), period.end());
            ActionFollowThrough actions = ActionFollowThrough.of(recorded, period.start(), period.end(), today);
            return new Collected(
                    steps,
                    stallTasks.size(),
                    stalledUntilResumed,
                    stalledSince,
                    decisions,
                    followUps,
                    held.size(),
                    expected,
                    attended,
                    turnover.left().size(),
                    turnover.averageHeadcount(),
                    actions);
        });
    }

    private List<Duration> endedIn(String processKey, String code, Predicate<Date> inPeriod) {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .tenantIdIn(code)
                .finished()
                .list()
                .stream()
                .filter(instance -> inPeriod.test(instance.getEndTime()))
                .map(Evaluation::duration)
                .toList();
    }

    private static Duration duration(HistoricActivityInstance activity) {
        return Duration.between(
                activity.getStartTime().toInstant(), activity.getEndTime().toInstant());
    }

    private static Duration duration(HistoricProcessInstance instance) {
        return Duration.between(
                instance.getStartTime().toInstant(), instance.getEndTime().toInstant());
    }

    private static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }
}
