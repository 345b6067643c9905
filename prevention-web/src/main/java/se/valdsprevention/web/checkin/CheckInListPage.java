package se.valdsprevention.web.checkin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.web.MunicipalityNames;
import se.valdsprevention.web.SwedishDates;
import se.valdsprevention.web.security.WorkspaceUsers;
import se.valdsprevention.workflows.checkin.CheckInProtocols;
import se.valdsprevention.workflows.checkin.MeetingRevision;
import se.valdsprevention.workflows.checkin.MeetingRevisions;
import se.valdsprevention.workflows.checkin.OpenCheckIn;
import se.valdsprevention.workflows.team.TeamMembers;

/** {@code /kommuner/{kod}/avstamningar}: the municipality's check-ins, open ones first, then held ones newest first. */
@Controller
class CheckInListPage {

    private final WorkspaceUsers users;
    private final CheckInProtocols protocols;
    private final MeetingRevisions meetings;
    private final TeamMembers teamMembers;
    private final MunicipalityNames names;
    private final SwedishDates dates;

    CheckInListPage(
            WorkspaceUsers users,
            CheckInProtocols protocols,
            MeetingRevisions meetings,
            TeamMembers teamMembers,
            MunicipalityNames names,
            SwedishDates dates) {
        this.users = users;
        this.protocols = protocols;
        this.meetings = meetings;
        this.teamMembers = teamMembers;
        this.names = names;
        this.dates = dates;
    }

    @GetMapping("/kommuner/{code}/avstamningar")
    String list(
            @PathVariable String code,
            @RequestParam(name = "slutford", required = false) String completed,
            @RequestParam(name = "atgarder", required = false) String actionCount,
            Model model) {
        users.current().requireRead(code);
        Function<String, String> nameOf =
                TeamChoices.of(teamMembers, code, dates.today()).nameOf();
        List<OpenCheckIn> open = protocols.openIn(code);
        Set<String> openInstances =
                open.stream().map(OpenCheckIn::processInstanceId).collect(Collectors.toSet());
        List<CheckInRow> rows = new ArrayList<>();
        for (OpenCheckIn checkIn : open) {
            String path = CheckInProtocols.pathOf(code, checkIn.processInstanceId());
            if (checkIn.draft() == null) {
                rows.add(new CheckInRow(
                        path,
                        "Startad " + dates.dateTime(checkIn.startedAt()),
                        "Pågår – protokollet är inte skrivet",
                        "–",
                        0,
                        "–"));
            } else {
                rows.add(row(path, checkIn.draft().meeting(), "Pågår – utkast sparat", nameOf));
            }
        }
        List<MeetingRevision> held = new ArrayList<>(meetings.latestIn(code));
        held.removeIf(revision -> openInstances.contains(revision.processInstanceId()));
        held.sort(Comparator.comparing((MeetingRevision r) -> r.meeting().date())
                .thenComparing(MeetingRevision::recordedAt)
                .reversed());
        for (MeetingRevision revision : held) {
            rows.add(row(CheckInProtocols.pathOf(code, revision.meetingId()), revision.meeting(), "Genomförd", nameOf));
        }
        model.addAttribute("code", code);
        model.addAttribute("municipalityName", names.of(code));
        model.addAttribute("rows", rows);
        model.addAttribute("completed", completed != null);
        model.addAttribute("actionCount", actionCount == null || !actionCount.matches("\\d{1,3}") ? null : actionCount);
        return "prevention/checkin/list";
    }

    private CheckInRow row(String path, Meeting meeting, String state, Function<String, String> nameOf) {
        String attended = meeting.attendance().stream()
                .filter(a -> a.status() != AttendanceStatus.ABSENT)
                .map(a -> a.status() == AttendanceStatus.SUBSTITUTE
                        ? nameOf.apply(a.memberId()) + " (ersättare " + a.substituteName() + ")"
                        : nameOf.apply(a.memberId()))
                .collect(Collectors.joining(", "));
        Map<ActionStatus, Long> byStatus =
                meeting.actions().stream().collect(Collectors.groupingBy(MeetingAction::status, Collectors.counting()));
        String statuses = byStatus.isEmpty()
                ? "–"
                : java.util.Arrays.stream(ActionStatus.values())
                        .filter(byStatus::containsKey)
                        .map(status -> status.label() + ": " + byStatus.get(status))
                        .collect(Collectors.joining(", "));
        return new CheckInRow(
                path,
                dates.date(meeting.date()),
                state,
                attended.isEmpty() ? "–" : attended,
                meeting.actions().size(),
                statuses);
    }
}
