package se.valdsprevention.web.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.milestone.MilestoneScores;
import se.valdsprevention.core.milestone.Milestones;
import se.valdsprevention.core.team.AttendanceRates;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.core.team.Turnover;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.security.AsApplication;
import se.valdsprevention.workflows.change.KeptUntilChanged;
import se.valdsprevention.workflows.change.MunicipalityChanges;
import se.valdsprevention.workflows.checkin.CheckInProtocols;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.checkin.OpenCheckIn;
import se.valdsprevention.workflows.county.CountyProperties;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.milestone.MunicipalityFactsReader;
import se.valdsprevention.workflows.team.TeamMembers;

/**
 * Computes a municipality's row of the county overview from the engine's history and the project's repositories:
 * nobody types anything for it. "Today" is the engine's clock.
 */
class CountyOverviewRows {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CountyOverviewRows.class);

    /** How many of the newest check-ins the attendance rate counts. */
    static final int ATTENDANCE_CHECK_INS = 6;

    private final CycleHistory history;
    private final MeetingRevisions meetings;
    private final CheckInProtocols protocols;
    private final TeamMembers teamMembers;
    private final MunicipalityNames names;
    private final MunicipalityFactsReader facts;
    private final IdentityService identity;
    private final MunicipalityChanges changes;
    private final KeptUntilChanged<OverviewRow> kept;

    CountyOverviewRows(
            CycleHistory history,
            MeetingRevisions meetings,
            CheckInProtocols protocols,
            TeamMembers teamMembers,
            MunicipalityNames names,
            MunicipalityFactsReader facts,
            IdentityService identity,
            MunicipalityChanges changes,
            CountyProperties county) {
        this.changes = changes;
        this.kept =
                new KeptUntilChanged<>(Math.max(1, county.municipalityCodes().size()));
        this.facts = facts;
        this.identity = identity;
        this.history = history;
        this.meetings = meetings;
        this.protocols = protocols;
        this.teamMembers = teamMembers;
        this.names = names;
    }

    /** The municipality's row now. */
    OverviewRow of(String code) {
        return of(code, changes.revisions());
    }

    /**
     * The municipality's row, computed again only when the municipality has changed since {@code revisions} were
     * read last time, or the day has turned (the row counts days up to today).
     */
    OverviewRow of(String code, Map<String, Long> revisions) {
        return kept.get(code, null, revisions, EngineClock.today(), () -> compute(code));
    }

    /** How many rows have been computed since the start: what was kept and handed out again does not count. */
    long computations() {
        return kept.computations();
    }

    /** The municipality's revisions, read before its rows so that a change while they are computed is not missed. */
    Map<String, Long> revisions() {
        return changes.revisions();
    }

    private OverviewRow compute(String code) {
        LocalDate today = EngineClock.today();
        var cycle = history.current(code);
        var decisions = history.openDecisions(code);
        List<Meeting> held = held(code);
        Team team = teamMembers.team(code);
        LocalDate yearAgo = today.minusMonths(12);
        var replacements = history.replacementsSince(
                code, yearAgo.atStartOfDay(EngineClock.zone()).toInstant());
        return new OverviewRow(
                code,
                names.of(code),
                cycle.map(CycleHistory.RunningCycle::label).orElse(null),
                cycle.map(c -> c.step() == null ? null : c.step().number()).orElse(null),
                cycle.map(c -> c.step() == null
                                ? "Inget steg påbörjat"
                                : c.step().title())
                        .orElse(null),
                cycle.map(CycleHistory.RunningCycle::openWork).orElse(List.of()),
                cycle.map(c -> c.stepStartedAt() == null ? null : days(c.stepStartedAt(), today))
                        .orElse(null),
                cycle.map(CycleHistory.RunningCycle::stalled).orElse(false),
                decisions.count(),
                decisions.oldestStartedAt() == null ? null : days(decisions.oldestStartedAt(), today),
                held.stream().map(Meeting::date).max(Comparator.naturalOrder()).orElse(null),
                attendanceRate(team, held),
                (int) held.stream()
                        .mapToLong(meeting -> meeting.overdueActions(today).size())
                        .sum(),
                Turnover.of(team, yearAgo, today).left().size(),
                replacements.started(),
                replacements.onboarded(),
                milestones(code));
    }

    /**
     * The municipality's milestone scores, read as the server (the page has decided the user may follow it); null
     * when its facts cannot be read, for example a date recorded after today, so one bad record hides one cell only.
     */
    private MilestoneScores milestones(String code) {
        try {
            return Milestones.score(AsApplication.call(identity, () -> facts.read(code)));
        } catch (RuntimeException unreadable) {
            LOG.warn("Milestones of {} could not be scored: {}", code, unreadable.getMessage());
            return null;
        }
    }

    /** The protocols of check-ins that have been held: a draft of a check-in still open does not count. */
    private List<Meeting> held(String code) {
        Set<String> open = protocols.openIn(code).stream()
                .map(OpenCheckIn::processInstanceId)
                .collect(Collectors.toSet());
        return meetings.latestIn(code).stream()
                .filter(revision -> !open.contains(revision.processInstanceId()))
                .map(MeetingRevision::meeting)
                .toList();
    }

    /** Attended in person divided by expected, over the whole team at the newest check-ins; null with none. */
    private static BigDecimal attendanceRate(Team team, List<Meeting> held) {
        if (held.isEmpty()) {
            return null;
        }
        var total = AttendanceRates.of(team, held, ATTENDANCE_CHECK_INS).byMember().values().stream()
                .reduce(new AttendanceRates.Tally(0, 0, 0), AttendanceRates.Tally::plus);
        return total.rate().orElse(null);
    }

    private static int days(Instant since, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(since, EngineClock.zone()), today);
    }
}
