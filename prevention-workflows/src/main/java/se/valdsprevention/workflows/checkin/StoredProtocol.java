package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.team.Team;
import se.valdsprevention.workflows.form.InvalidSubmissionException;

/**
 * The rules a protocol written on the workspace page must meet when its check-in is completed, checked
 * on the stored protocol whoever completes the task (the page or Tasklist). Each problem names the
 * page's field: {@code meetingDate}, {@code agenda}, {@code attendance}, {@code actions[2].dueDate}.
 */
final class StoredProtocol {

    private StoredProtocol() {}

    /** Fails with every problem of {@code protocol}; returns quietly when it may be recorded. */
    static void check(Meeting protocol, Team team, LocalDate today) {
        List<InvalidSubmissionException.Problem> problems = new ArrayList<>();
        if (protocol.date().isAfter(today)) {
            problems.add(
                    problem(MEETING_DATE, "Datum för avstämningen får inte ligga efter dagens datum " + today + "."));
        }
        if (protocol.agenda().isEmpty()) {
            problems.add(problem(AGENDA, "Skriv dagordningen."));
        }
        Set<String> members =
                team.activeMembers(today).stream().map(member -> member.id()).collect(Collectors.toSet());
        if (protocol.attendance().stream().noneMatch(StoredProtocol::came)) {
            problems.add(problem("attendance", "Ange minst en i teamet som var med (närvarande eller ersättare)."));
        }
        for (Attendance attendance : protocol.attendance()) {
            if (!members.contains(attendance.memberId())) {
                problems.add(problem(
                        "attendance",
                        "Närvaron tar bara upp kommunens registrerade teammedlemmar; "
                                + shortened(attendance.memberId()) + " är inte med i teamet."));
            }
        }
        for (int i = 0; i < protocol.actions().size(); i++) {
            MeetingAction action = protocol.actions().get(i);
            if (!members.contains(action.assigneeMemberId())) {
                problems.add(problem(
                        "actions[" + i + "].assignee", "Välj en ansvarig bland kommunens registrerade teammedlemmar."));
            }
            if (action.status() == ActionStatus.OPEN && action.dueDate().isBefore(today)) {
                problems.add(problem(
                        "actions[" + i + "].dueDate", "Klart senast får inte ligga före dagens datum " + today + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
    }

    private static boolean came(Attendance attendance) {
        return attendance.status() == AttendanceStatus.PRESENT || attendance.status() == AttendanceStatus.SUBSTITUTE;
    }

    private static InvalidSubmissionException.Problem problem(String field, String message) {
        return new InvalidSubmissionException.Problem(field, message);
    }

    private static String shortened(String id) {
        return id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }
}
