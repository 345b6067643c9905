package se.valdsprevention.workflows.checkin;

import static se.valdsprevention.workflows.checkin.CheckInVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
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
import se.valdsprevention.workflows.form.SubmittedValues;

/**
 * Reads the check-in from the variables of the form "Genomför månadsavstämning" and checks it with
 * the domain's own rules. Attendance comes as user names, one per line, in the fields {@code present},
 * {@code absent} and {@code substitutes} ({@code member: substitute's name}); actions come in fixed
 * slots {@code action1Description}, {@code action1Assignee}, {@code action1DueDate} and so on, since
 * Tasklist 7.24 cannot complete a form with a dynamic list. Every problem names its form field.
 */
final class CheckInForm {

    /** Most members a text field may list: more is not a check-in but a mistake or an attack. */
    /** The form whose labels name the fields in a refusal. */
    static final String FORM = "hold-check-in";

    static final int MAX_ROWS = 50;

    /** How many actions the form offers at one check-in. */
    static final int ACTION_SLOTS = 6;

    /** The labels of the six-slot form that the protocol page replaced; API clients may still send its fields. */
    static final Map<String, String> FIXED_SLOT_LABELS = fixedSlotLabels();

    private final SubmittedValues values;

    private CheckInForm(VariableScope scope) {
        this.values = new SubmittedValues(scope, FORM, FIXED_SLOT_LABELS);
    }

    /** The meeting the variables describe, with {@code meetingId}, or an InvalidSubmissionException naming each field. */
    static Meeting read(VariableScope scope, String municipalityCode, String meetingId, LocalDate today) {
        return new CheckInForm(scope).read(municipalityCode, meetingId, today);
    }

    private Meeting read(String municipalityCode, String meetingId, LocalDate today) {
        LocalDate date = values.requireDate(MEETING_DATE);
        if (date != null && date.isAfter(today)) {
            values.reject(MEETING_DATE, "får inte ligga i framtiden (i dag är det " + today + ")");
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
        List<Attendance> attendance = new ArrayList<>();
        for (String member : lines(PRESENT)) {
            attend(attendance, PRESENT, member, AttendanceStatus.PRESENT, null);
        }
        for (String member : lines(ABSENT)) {
            attend(attendance, ABSENT, member, AttendanceStatus.ABSENT, null);
        }
        List<String> substitutes = lines(SUBSTITUTES);
        for (int i = 0; i < substitutes.size(); i++) {
            String line = substitutes.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                values.reject(
                        SUBSTITUTES,
                        "rad " + (i + 1) + ": skriv ledamotens användarnamn, ett kolon och ersättarens namn");
                continue;
            }
            attend(
                    attendance,
                    SUBSTITUTES,
                    line.substring(0, colon).strip(),
                    AttendanceStatus.SUBSTITUTE,
                    line.substring(colon + 1).strip());
        }
        if (attendance.isEmpty() && !values.hasProblem(PRESENT)) {
            values.reject(PRESENT, "ange minst en ledamot som var där");
        }
        return attendance;
    }

    private void attend(
            List<Attendance> attendance, String field, String member, AttendanceStatus status, String substitute) {
        if (attendance.stream().anyMatch(a -> a.memberId().equals(member))) {
            values.reject(field, "'" + abbreviate(member) + "' står med mer än en gång");
            return;
        }
        try {
            attendance.add(new Attendance(member, status, substitute));
        } catch (ValidationException refused) {
            for (Violation violation : refused.violations()) {
                String what =
                        violation.path().equals("substituteName") ? "ersättarens namn" : "'" + abbreviate(member) + "'";
                rejectOnce(field, what + ": " + violation.message());
            }
        }
    }

    /** The non-blank lines of a text field, at most {@value #MAX_ROWS} of them. */
    private List<String> lines(String field) {
        String text = values.optionalText(field, Violations.TEXT_MAX);
        if (text == null) {
            return List.of();
        }
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > MAX_ROWS) {
            values.reject(field, "får ha högst " + MAX_ROWS + " rader (nu " + lines.size() + ")");
            return List.of();
        }
        return lines;
    }

    private List<MeetingAction> actions(LocalDate today) {
        List<MeetingAction> actions = new ArrayList<>();
        for (int slot = 1; slot <= ACTION_SLOTS; slot++) {
            String descriptionField = actionField(slot, "Description");
            String assigneeField = actionField(slot, "Assignee");
            String dueDateField = actionField(slot, "DueDate");
            if (!values.hasValue(descriptionField)
                    && !values.hasValue(assigneeField)
                    && !values.hasValue(dueDateField)) {
                continue;
            }
            String description = values.requireText(descriptionField, Violations.TEXT_MAX);
            String assignee = values.requireText(assigneeField, 200);
            LocalDate dueDate = values.requireDate(dueDateField);
            if (dueDate != null && dueDate.isBefore(today)) {
                values.reject(dueDateField, "får inte ligga i det förflutna (i dag är det " + today + ")");
            }
            try {
                actions.add(new MeetingAction(
                        "action-" + slot,
                        description == null ? null : description.strip(),
                        assignee == null ? null : assignee.strip(),
                        dueDate,
                        ActionStatus.OPEN));
            } catch (ValidationException refused) {
                for (Violation violation : refused.violations()) {
                    String field = switch (violation.path()) {
                        case "assigneeMemberId" -> assigneeField;
                        case "dueDate" -> dueDateField;
                        default -> descriptionField;
                    };
                    rejectOnce(field, violation.message());
                }
            }
        }
        return actions;
    }

    /** The form field of one of the action slots, for example {@code action2DueDate}. */
    static String actionField(int slot, String part) {
        return "action" + slot + part;
    }

    private void reportMeeting(Violation violation) {
        String path = violation.path();
        if (path.startsWith("attendance")) {
            path = PRESENT;
        } else if (path.startsWith("actions")) {
            path = actionField(1, "Description");
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

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static Map<String, String> fixedSlotLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("meetingDate", "Datum för avstämningen");
        labels.put("present", "Närvarande");
        labels.put("absent", "Frånvarande");
        labels.put("substitutes", "Ersättare");
        labels.put("notes", "Anteckningar");
        for (int slot = 1; slot <= 6; slot++) {
            labels.put("action" + slot + "Description", "Åtgärd " + slot + ": vad ska göras?");
            labels.put("action" + slot + "Assignee", "Åtgärd " + slot + ": ansvarig");
            labels.put("action" + slot + "DueDate", "Åtgärd " + slot + ": klart senast");
        }
        return Map.copyOf(labels);
    }
}
