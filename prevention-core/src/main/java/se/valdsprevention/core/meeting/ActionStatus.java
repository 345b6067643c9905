package se.valdsprevention.core.meeting;

/** Where an action agreed at a meeting stands. */
public enum ActionStatus {
    OPEN("öppen"),
    DONE("klar"),
    CANCELLED("struken");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
