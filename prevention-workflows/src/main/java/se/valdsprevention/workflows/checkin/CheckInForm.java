package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violation;
import se.valdsprevention.core.validation.Violations;
import se.valdsprevention.workflows.engine.EngineClock;
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Reads the check-in from the variables of the form "Genomför månadsavstämning" and checks it with
 * the domain's own rules. A problem in a list row is reported under the row's form field, counted
 * from zero, for example {@code actions[1].dueDate}.
 */
final class CheckInForm {

    /** Most rows a list may have: more is not a check-in but a mistake or an attack. */
    static final int MAX_ROWS = 50;

    /** Longest submitted list, as JSON text, that is read at all. */
    static final int MAX_LIST_CHARS = 200_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubmittedValues values;
    private final VariableScope scope;

    private CheckInForm(VariableScope scope) {
        this.scope = scope;
        this.values = new SubmittedValues(scope);
    }

    /** The meeting the variables describe, with {@code meetingId}, or an InvalidSubmissionException naming each field. */
    static Meeting read(VariableScope scope, String municipalityCode, String meetingId, LocalDate today) {
        return new CheckInForm(scope).read(municipalityCode, meetingId, today);
    }

    private Meeting read(String municipalityCode, String meetingId, LocalDate today) {
        LocalDate date = values.requireDate(MEETING_DATE);
        if (date != null && date.isAfter(today)) {
            values.reject(MEETING_DATE, "must not be in the future (today is " + today + ")");
        }
        String agendaText = values.requireText(AGENDA, 20_000);
        String notes = values.optionalText(NOTES, Violations.TEXT_MAX);
        List<Attendance> attendance = attendance();
        List<MeetingAction> actions = actions(today);

        // Rows that failed are left out of the lists, so the meeting's own rules (such as each member
        // attending once) can only name the right rows once every row is valid.
        values.throwIfInvalid();
        try {
            return new Meeting(
                    meetingId, municipalityCode, date, Agenda.parse(agendaText).items(), attendance, notes, actions);
        } catch (ValidationException refused) {
            refused.violations().forEach(this::reportMeeting);
            values.throwIfInvalid();
            throw refused;
        }
    }

    private List<Attendance> attendance() {
        List<Map<String, Object>> rows = rows(ATTENDANCE);
        if (rows != null && rows.isEmpty()) {
            values.reject(ATTENDANCE, "list at least one member and whether they came");
        }
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            String row = Violations.index(ATTENDANCE, i);
            Map<String, Object> cells = rows.get(i);
            String member = text(cells, row, MEMBER);
            String statusName = text(cells, row, STATUS);
            String substitute = text(cells, row, SUBSTITUTE_NAME);
            AttendanceStatus status = null;
            if (statusName == null || statusName.isBlank()) {
                values.reject(field(row, STATUS), "must be chosen");
            } else {
                status = Arrays.stream(AttendanceStatus.values())
                        .filter(s -> s.name().equals(statusName.strip()))
                        .findFirst()
                        .orElse(null);
                if (status == null) {
                    values.reject(
                            field(row, STATUS),
                            "unknown choice '" + abbreviate(statusName) + "'; choose one of "
                                    + Arrays.toString(AttendanceStatus.values()));
                }
            }
            try {
                attendance.add(new Attendance(member, status, substitute));
            } catch (ValidationException refused) {
                for (Violation violation : refused.violations()) {
                    String name = switch (violation.path()) {
                        case "memberId" -> MEMBER;
                        case "substituteName" -> SUBSTITUTE_NAME;
                        default -> violation.path();
                    };
                    rejectOnce(field(row, name), violation.message());
                }
            }
        }
        return attendance;
    }

    private List<MeetingAction> actions(LocalDate today) {
        List<Map<String, Object>> rows = rows(ACTIONS);
        List<MeetingAction> actions = new ArrayList<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            String row = Violations.index(ACTIONS, i);
            Map<String, Object> cells = rows.get(i);
            String description = text(cells, row, DESCRIPTION);
            String assignee = text(cells, row, ASSIGNEE);
            LocalDate dueDate = date(cells, row);
            if (dueDate != null && dueDate.isBefore(today)) {
                values.reject(field(row, DUE_DATE), "must not be in the past (today is " + today + ")");
            }
            try {
                actions.add(new MeetingAction(
                        "action-" + (i + 1),
                        description == null ? null : description.strip(),
                        assignee == null ? null : assignee.strip(),
                        dueDate,
                        ActionStatus.OPEN));
            } catch (ValidationException refused) {
                for (Violation violation : refused.violations()) {
                    String name = switch (violation.path()) {
                        case "assigneeMemberId" -> ASSIGNEE;
                        default -> violation.path();
                    };
                    rejectOnce(field(row, name), violation.message());
                }
            }
        }
        return actions;
    }

    /** The rows of a dynamic list: a JSON array of objects from Tasklist, or a list of maps from Java. */
    private List<Map<String, Object>> rows(String field) {
        Object value = scope.getVariable(field);
        if (value == null) {
            return List.of();
        }
        List<?> raw;
        if (value instanceof Collection<?> collection) {
            raw = List.copyOf(collection);
        } else {
            // Camunda Forms submit a dynamic list as JSON (a Spin JSON variable or its text).
            String text = value.toString();
            if (text.length() > MAX_LIST_CHARS) {
                values.reject(field, "must be at most " + MAX_LIST_CHARS + " characters of JSON");
                return null;
            }
            try {
                raw = JSON.readValue(text, new TypeReference<List<Object>>() {});
            } catch (JsonProcessingException e) {
                values.reject(field, "must be a list of rows");
                return null;
            }
        }
        if (raw.size() > MAX_ROWS) {
            values.reject(field, "must have at most " + MAX_ROWS + " rows, had " + raw.size());
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) map;
                rows.add(row);
            } else {
                values.reject(Violations.index(field, i), "must be a row of fields");
                rows.add(Map.of());
            }
        }
        return rows;
    }

    private String text(Map<String, Object> cells, String row, String name) {
        Object value = cells.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        values.reject(field(row, name), "must be text");
        return null;
    }

    private LocalDate date(Map<String, Object> cells, String row) {
        Object value = cells.get(DUE_DATE);
        String field = field(row, DUE_DATE);
        if (value == null || value.toString().isBlank()) {
            values.reject(field, "must be filled in");
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), EngineClock.SWEDEN);
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            values.reject(field, "must be a date like 2027-03-01");
            return null;
        }
    }

    private void reportMeeting(Violation violation) {
        String path = violation.path();
        if (path.startsWith(ATTENDANCE + "[") && path.endsWith(".memberId")) {
            path = path.substring(0, path.length() - "memberId".length()) + MEMBER;
        } else if (path.equals("date")) {
            path = MEETING_DATE;
        } else if (path.startsWith(AGENDA)) {
            path = AGENDA;
        }
        rejectOnce(path, violation.message());
    }

    private void rejectOnce(String field, String message) {
        if (!values.hasProblem(field)) {
            values.reject(field, message);
        }
    }

    private static String field(String row, String name) {
        return Violations.join(row, name);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
