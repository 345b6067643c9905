package se.valdsprevention.web.checkin;

/** One team member's row of the attendance, as entered: status PRESENT, ABSENT, SUBSTITUTE or empty. */
public record AttendanceRow(int index, Member member, String status, String substituteName) {

    public String statusField() {
        return "attendanceStatus" + index;
    }

    public String substituteField() {
        return "attendanceSubstitute" + index;
    }

    public String memberField() {
        return "attendanceMember" + index;
    }
}
