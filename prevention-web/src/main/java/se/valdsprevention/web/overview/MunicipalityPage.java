package se.valdsprevention.web.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.valdsprevention.core.decision.Decision;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.checkin.CheckInProtocols;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.checkin.OpenCheckIn;
import se.valdsprevention.workflows.decision.DecisionRevision;
import se.valdsprevention.workflows.decision.DecisionRevisions;
import se.valdsprevention.workflows.engine.EngineClock;

/**
 * {@code /kommuner/{kod}}: a municipality's work as the engine recorded it: each cycle with its steps, when they
 * began and ended and how long they took; its decisions and their outcome; its check-ins and who came; and links to
 * its documents. Everyone who may read the municipality sees it; for anyone else it does not exist (404).
 */
@Controller
class MunicipalityPage {

    static final String VIEW = "prevention/overview/kommun";

    private final WorkspaceUsers users;
    private final CycleHistory history;
    private final DecisionRevisions decisions;
    private final MeetingRevisions meetings;
    private final CheckInProtocols protocols;
    private final MunicipalityNames names;
    private final SwedishDates dates;
    private final OverviewCharts charts;

    MunicipalityPage(
            WorkspaceUsers users,
            CycleHistory history,
            DecisionRevisions decisions,
            MeetingRevisions meetings,
            CheckInProtocols protocols,
            MunicipalityNames names,
            SwedishDates dates,
            OverviewCharts charts) {
        this.users = users;
        this.history = history;
        this.decisions = decisions;
        this.meetings = meetings;
        this.protocols = protocols;
        this.names = names;
        this.dates = dates;
        this.charts = charts;
    }

    @GetMapping("/kommuner/{kod}")
    String municipality(@PathVariable("kod") String code, Model model) {
        users.current().requireRead(code);
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        List<CycleHistory.CycleRecord> cycles = history.cycles(code);
        model.addAttribute("cycles", cycles.stream().map(this::cycle).toList());
        List<Decision> decided = decisions.latestIn(code).stream()
                .map(DecisionRevision::decision)
                .toList();
        model.addAttribute("decisions", decided.stream().map(this::decision).toList());
        List<OpenCheckIn> open = protocols.openIn(code);
        List<MeetingRevision> held = held(code, open);
        model.addAttribute("checkIns", checkIns(code, open, held));
        model.addAttribute(
                "charts",
                charts.municipality(
                        cycles, held.stream().map(MeetingRevision::meeting).toList(), decided));
        return VIEW;
    }

    private CycleView cycle(CycleHistory.CycleRecord cycle) {
        LocalDate today = EngineClock.today();
        List<StepView> steps = cycle.steps().stream()
                .map(step -> new StepView(
                        step.turn(),
                        step.step().title(),
                        day(step.startedAt()),
                        step.endedAt() == null ? "pågår" : day(step.endedAt()),
                        days(step.startedAt(), step.endedAt(), today)))
                .toList();
        return new CycleView(
                cycle.label(), day(cycle.startedAt()), cycle.endedAt() == null ? "pågår" : day(cycle.endedAt()), steps);
    }

    private DecisionView decision(Decision decision) {
        return new DecisionView(
                decision.proposal().title(),
                decision.proposal().type().label(),
                decision.status().label(),
                decision.decidedAt() == null ? "–" : dates.date(decision.decidedAt()),
                decision.comment() == null ? "" : decision.comment());
    }

    /** The protocols of check-ins held: a draft of a check-in still open does not count. */
    private List<MeetingRevision> held(String code, List<OpenCheckIn> open) {
        Set<String> openInstances =
                open.stream().map(OpenCheckIn::processInstanceId).collect(Collectors.toSet());
        return meetings.latestIn(code).stream()
                .filter(revision -> !openInstances.contains(revision.processInstanceId()))
                .toList();
    }

    private List<CheckInView> checkIns(String code, List<OpenCheckIn> open, List<MeetingRevision> held) {
        List<CheckInView> views = new ArrayList<>();
        for (OpenCheckIn checkIn : open) {
            views.add(new CheckInView(
                    CheckInProtocols.pathOf(code, checkIn.processInstanceId()),
                    "Startad " + dates.dateTime(checkIn.startedAt()),
                    "Pågår",
                    "–"));
        }
        held.stream()
                .sorted(Comparator.comparing((MeetingRevision r) -> r.meeting().date())
                        .reversed())
                .forEach(revision -> views.add(new CheckInView(
                        CheckInProtocols.pathOf(code, revision.meetingId()),
                        dates.date(revision.meeting().date()),
                        "Genomförd",
                        attendance(revision.meeting()))));
        return views;
    }

    /** For example "4 av 5 (1 ersättare)": the members listed as present, of those listed. */
    private static String attendance(Meeting meeting) {
        long present = meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .count();
        long substitutes = meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.SUBSTITUTE)
                .count();
        return present + " av " + meeting.attendance().size()
                + (substitutes == 0 ? "" : " (" + substitutes + (substitutes == 1 ? " ersättare)" : " ersättare)"));
    }

    private String day(Instant instant) {
        return dates.date(LocalDate.ofInstant(instant, EngineClock.zone()));
    }

    private static long days(Instant start, Instant end, LocalDate today) {
        LocalDate last = end == null ? today : LocalDate.ofInstant(end, EngineClock.zone());
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(start, EngineClock.zone()), last);
    }

    record CycleView(String label, String started, String ended, List<StepView> steps) {}

    /** One step of one turn; {@code days} is its lead time so far while it runs. */
    record StepView(int turn, String step, String started, String ended, long days) {}

    record DecisionView(String title, String type, String status, String decidedOn, String comment) {}

    record CheckInView(String href, String date, String state, String attendance) {}
}
