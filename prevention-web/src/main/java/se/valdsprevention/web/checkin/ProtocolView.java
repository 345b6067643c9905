package se.valdsprevention.web.checkin;

import java.util.List;
import java.util.Map;

/**
 * The protocol page's model: the check-in, what the form holds (as entered, when re-shown after a refusal), the
 * team's members to choose among, and the problems by field id.
 */
public record ProtocolView(
        String code,
        String municipalityName,
        String path,
        boolean editable,
        int revision,
        String savedBy,
        String savedAt,
        String meetingDate,
        String agenda,
        String notes,
        List<AttendanceRow> attendance,
        List<ActionRow> actions,
        List<Member> members,
        Map<String, String> errors,
        String conflict) {

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The id of the message shown next to a field, for its aria-describedby. */
    public String errorId(String field) {
        return field + "-fel";
    }

    public int maxActions() {
        return ProtocolForm.MAX_ACTIONS;
    }
}
