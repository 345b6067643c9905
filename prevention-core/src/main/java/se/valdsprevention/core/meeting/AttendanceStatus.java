package se.valdsprevention.core.meeting;

/** Whether a team member came to a meeting, stayed away, or sent a substitute. */
public enum AttendanceStatus {
    PRESENT("närvarande"),
    ABSENT("frånvarande"),
    SUBSTITUTE("ersättare");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
