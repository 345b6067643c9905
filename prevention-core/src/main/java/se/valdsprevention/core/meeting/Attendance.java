package se.valdsprevention.core.meeting;

import se.valdsprevention.core.validation.Violations;

/** One team member's attendance at a meeting; a substitute is named by {@code substituteName}. */
public record Attendance(String memberId, AttendanceStatus status, String substituteName) {

    public Attendance {
        substituteName = Violations.blankToNull(substituteName);
        var v = new Violations();
        v.requireId(memberId, "memberId");
        if (v.requireNonNull(status, "status")) {
            if (status == AttendanceStatus.SUBSTITUTE) {
                v.requireText(substituteName, "substituteName", Violations.NAME_MAX);
            } else {
                v.require(substituteName == null, "substituteName", "måste vara tomt om ingen ersättare deltog");
            }
        }
        v.throwIfAny();
    }
}
