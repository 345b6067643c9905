package se.valdsprevention.web.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.valdsprevention.core.meeting.ActionStatus;
import se.valdsprevention.core.meeting.Attendance;
import se.valdsprevention.core.meeting.AttendanceStatus;
import se.valdsprevention.core.meeting.Meeting;
import se.valdsprevention.core.meeting.MeetingAction;
import se.valdsprevention.core.validation.ValidationException;
import se.valdsprevention.core.validation.Violations;
import se.valdsprevention.web.SwedishDates;

/**
 * The protocol as a plain HTML form posts it, read and checked field by field with Swedish messages that name
 * each field by its label. Nothing here trusts the browser: members and owners must be among the team's
 * registered members, row counts and text sizes have limits, dates are strict.
 */
final class ProtocolForm {

    static final int MAX_ACTIONS = 100;
    static final int MAX_AGENDA = 20_000;
    static final int MAX_AGENDA_LINES = 200;
    static final int MAX_PARAMETERS = 1_000;

    private static final Pattern ACTION_FIELD = Pattern.compile("action(Description|Owner|DueDate)(\\d{1,6})");
    private static final Set<String> STATUSES = Set.of("PRESENT", "ABSENT", "SUBSTITUTE");

    int revision;
    final String meetingDate;
    final String agenda;
    final String notes;
    final List<AttendanceRow> attendance;
    final List<ActionRow> actions;
    final Map<String, String> errors = new LinkedHashMap<>();

    private ProtocolForm(
            int revision,
            String meetingDate,
            String agenda,
            String notes,
            List<AttendanceRow> attendance,
            List<ActionRow> actions) {
        this.revision = revision;
        this.meetingDate = meetingDate;
        this.agenda = agenda;
        this.notes = notes;
        this.attendance = attendance;
        this.actions = actions;
    }

    /** An empty protocol or a stored one, as the form shows it first. */
    static ProtocolForm of(Meeting meeting, int revision, String agenda, List<Member> members, LocalDate today) {
        List<AttendanceRow> attendance = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Attendance stored = meeting == null
                    ? null
                    : meeting.attendance().stream()
                            .filter(a -> a.memberId().equals(member.id()))
                            .findFirst()
                            .orElse(null);
            attendance.add(new AttendanceRow(
                    i,
                    member,
                    stored == null ? "" : stored.status().name(),
                    stored == null || stored.substituteName() == null ? "" : stored.substituteName()));
        }
        List<ActionRow> actions = new ArrayList<>();
        if (meeting != null) {
            for (MeetingAction action : meeting.actions()) {
                actions.add(new ActionRow(
                        actions.size(),
                        action.description(),
                        action.assigneeMemberId(),
                        action.dueDate().toString()));
            }
        }
        if (actions.isEmpty()) {
            actions.add(new ActionRow(0, "", "", ""));
        }
        return new ProtocolForm(
                revision,
                meeting == null ? today.toString() : meeting.date().toString(),
                meeting == null ? agenda : String.join("\n", meeting.agenda()),
                meeting == null || meeting.notes() == null ? "" : meeting.notes(),
                attendance,
                actions);
    }

    /**
     * The posted form. Too many fields or rows are refused before anything is read row by row, so a forged
     * post of thousands of rows costs no more than a normal one.
     */
    static ProtocolForm read(Map<String, String[]> posted, List<Member> members) {
        int actionRows = 0;
        boolean tooMany = posted.size() > MAX_PARAMETERS;
        if (!tooMany) {
            for (String name : posted.keySet()) {
                Matcher field = ACTION_FIELD.matcher(name);
                if (field.matches()) {
                    int index = Integer.parseInt(field.group(2));
                    if (index >= MAX_ACTIONS) {
                        tooMany = true;
                        break;
                    }
                    actionRows = Math.max(actionRows, index + 1);
                }
            }
        }
        List<AttendanceRow> attendance = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String postedMember = value(posted, "attendanceMember" + i);
            // Rows are tied to the members the page listed; a row naming someone else is a forged post.
            boolean same = member.id().equals(postedMember);
            attendance.add(new AttendanceRow(
                    i,
                    member,
                    same ? value(posted, "attendanceStatus" + i) : "",
                    same ? value(posted, "attendanceSubstitute" + i) : ""));
        }
        List<ActionRow> actions = new ArrayList<>();
        for (int i = 0; i < actionRows && !tooMany; i++) {
            actions.add(new ActionRow(
                    actions.size(),
                    value(posted, "actionDescription" + i),
                    value(posted, "actionOwner" + i),
                    value(posted, "actionDueDate" + i)));
        }
        int revision;
        try {
            revision = Integer.parseInt(value(posted, "revision").strip());
        } catch (NumberFormatException e) {
            revision = -1;
        }
        ProtocolForm form = new ProtocolForm(
                revision,
                value(posted, "meetingDate"),
                value(posted, "agenda"),
                value(posted, "notes"),
                attendance,
                actions.isEmpty() ? new ArrayList<>(List.of(new ActionRow(0, "", "", ""))) : actions);
        if (tooMany) {
            form.errors.put(
                    "actions",
                    "Protokollet kan ha högst " + MAX_ACTIONS + " åtgärder. Dela upp dem på flera avstämningar.");
        }
        for (int i = 0; i < members.size(); i++) {
            String postedMember = value(posted, "attendanceMember" + i);
            if (!postedMember.isEmpty() && !postedMember.equals(members.get(i).id())) {
                form.errors.putIfAbsent(
                        "attendance", "Närvaron kan bara ta upp kommunens registrerade teammedlemmar. Ladda om sidan.");
            }
        }
        return form;
    }

    /** The same form with one more empty action row, for "Lägg till åtgärd". */
    ProtocolForm withActionAdded() {
        if (actions.size() >= MAX_ACTIONS) {
            errors.put("actions", "Protokollet kan ha högst " + MAX_ACTIONS + " åtgärder.");
            return this;
        }
        List<ActionRow> more = new ArrayList<>(actions);
        more.add(new ActionRow(more.size(), "", "", ""));
        return copy(more);
    }

    /** The same form without the action row {@code index}, for "Ta bort". */
    ProtocolForm withActionRemoved(int index) {
        List<ActionRow> fewer = new ArrayList<>();
        for (ActionRow row : actions) {
            if (row.index() != index) {
                fewer.add(new ActionRow(fewer.size(), row.description(), row.owner(), row.dueDate()));
            }
        }
        if (fewer.isEmpty()) {
            fewer.add(new ActionRow(0, "", "", ""));
        }
        return copy(fewer);
    }

    private ProtocolForm copy(List<ActionRow> rows) {
        ProtocolForm copy = new ProtocolForm(revision, meetingDate, agenda, notes, attendance, rows);
        copy.errors.putAll(errors);
        return copy;
    }

    /**
     * The meeting the form describes, or null with {@link #errors} filled in. {@code completing} also requires
     * that somebody came.
     */
    Meeting meeting(
            String meetingId,
            String municipalityCode,
            Set<String> memberIds,
            SwedishDates dates,
            LocalDate today,
            boolean completing) {
        LocalDate date = date("meetingDate", "Datum för avstämningen", meetingDate, dates);
        if (date != null && date.isAfter(today)) {
            errors.put("meetingDate", "Datum för avstämningen får inte ligga efter dagens datum " + today + ".");
        }
        List<String> agendaLines = List.of();
        if (agenda.isBlank()) {
            errors.put("agenda", "Fyll i Dagordning.");
        } else if (agenda.length() > MAX_AGENDA) {
            errors.put(
                    "agenda", "Dagordning får vara högst " + MAX_AGENDA + " tecken, du skrev " + agenda.length() + ".");
        } else {
            agendaLines =
                    agenda.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (agendaLines.size() > MAX_AGENDA_LINES) {
                errors.put("agenda", "Dagordning får ha högst " + MAX_AGENDA_LINES + " rader.");
            } else if (agendaLines.stream().anyMatch(l -> l.length() > Violations.NAME_MAX)) {
                errors.put("agenda", "Varje rad i Dagordning får vara högst " + Violations.NAME_MAX + " tecken.");
            }
        }
        if (notes.length() > Violations.TEXT_MAX) {
            errors.put(
                    "notes",
                    "Anteckningar får vara högst " + Violations.TEXT_MAX + " tecken, du skrev " + notes.length() + ".");
        }
        List<Attendance> attended = new ArrayList<>();
        for (AttendanceRow row : attendance) {
            String status = row.status().strip();
            String substitute = row.substituteName().strip();
            if (status.isEmpty()) {
                if (!substitute.isEmpty()) {
                    errors.put(
                            row.substituteField(),
                            "Välj Ersättare för " + row.member().name() + " eller töm Ersättarens namn.");
                }
                continue;
            }
            if (!STATUSES.contains(status)) {
                errors.put(
                        row.statusField(),
                        "Välj närvarande, frånvarande eller ersättare för "
                                + row.member().name() + ".");
                continue;
            }
            if (status.equals("SUBSTITUTE")) {
                if (substitute.isEmpty()) {
                    errors.put(
                            row.substituteField(),
                            "Fyll i Ersättarens namn för " + row.member().name() + ".");
                    continue;
                }
                if (substitute.length() > Violations.NAME_MAX) {
                    errors.put(
                            row.substituteField(),
                            "Ersättarens namn får vara högst " + Violations.NAME_MAX + " tecken.");
                    continue;
                }
            } else if (!substitute.isEmpty()) {
                errors.put(
                        row.substituteField(),
                        "Ersättarens namn fylls bara i när Ersättare är valt för "
                                + row.member().name() + ".");
                continue;
            }
            attended.add(new Attendance(
                    row.member().id(), AttendanceStatus.valueOf(status), substitute.isEmpty() ? null : substitute));
        }
        if (completing
                && !errors.containsKey("attendance")
                && attended.stream().noneMatch(a -> a.status() != AttendanceStatus.ABSENT)
                && attendance.stream()
                        .noneMatch(
                                r -> errors.containsKey(r.statusField()) || errors.containsKey(r.substituteField()))) {
            errors.put(
                    "attendance", "Ange minst en i teamet som var med (närvarande eller ersättare) innan du slutför.");
        }
        List<MeetingAction> agreed = new ArrayList<>();
        if (!errors.containsKey("actions")) {
            for (ActionRow row : actions) {
                if (row.blank()) {
                    continue;
                }
                String description = row.description().strip();
                if (description.isEmpty()) {
                    errors.put(row.descriptionField(), "Fyll i Vad ska göras? för åtgärd " + row.number() + ".");
                } else if (description.length() > Violations.TEXT_MAX) {
                    errors.put(
                            row.descriptionField(),
                            "Vad ska göras? för åtgärd " + row.number() + " får vara högst " + Violations.TEXT_MAX
                                    + " tecken.");
                }
                String owner = row.owner().strip();
                if (owner.isEmpty()) {
                    errors.put(row.ownerField(), "Välj Ansvarig för åtgärd " + row.number() + ".");
                } else if (!memberIds.contains(owner)) {
                    errors.put(
                            row.ownerField(),
                            "Välj Ansvarig för åtgärd " + row.number()
                                    + " bland kommunens registrerade teammedlemmar.");
                }
                LocalDate due =
                        date(row.dueDateField(), "Klart senast för åtgärd " + row.number(), row.dueDate(), dates);
                if (due != null && due.isBefore(today)) {
                    errors.put(
                            row.dueDateField(),
                            "Klart senast för åtgärd " + row.number() + " får inte ligga före dagens datum " + today
                                    + ".");
                }
                if (!errors.containsKey(row.descriptionField())
                        && !errors.containsKey(row.ownerField())
                        && !errors.containsKey(row.dueDateField())) {
                    agreed.add(new MeetingAction(
                            "action-" + (agreed.size() + 1), description, owner, due, ActionStatus.OPEN));
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new Meeting(meetingId, municipalityCode, date, agendaLines, attended, notes, agreed);
        } catch (ValidationException refused) {
            errors.put("protocol", "Protokollet kunde inte sparas: kontrollera fälten och försök igen.");
            return null;
        }
    }

    /** The index of the posted row of each stored action, to put the process's refusals next to the right row. */
    List<Integer> filledActionRows() {
        return actions.stream()
                .filter(row -> !row.blank())
                .map(ActionRow::index)
                .toList();
    }

    private LocalDate date(String field, String label, String text, SwedishDates dates) {
        if (text.isBlank()) {
            errors.put(field, "Fyll i " + label + ".");
            return null;
        }
        try {
            return dates.parse(text).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.put(field, label + ": " + e.getMessage());
            return null;
        }
    }

    private static String value(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }
}
