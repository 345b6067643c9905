package se.valdsprevention.core.plan;

/** How far an activity has come, as reported in production follow-up. */
public enum ActivityStatus {
    NOT_STARTED("ej påbörjad"),
    IN_PROGRESS("pågår"),
    DONE("genomförd"),
    CANCELLED("inställd");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
