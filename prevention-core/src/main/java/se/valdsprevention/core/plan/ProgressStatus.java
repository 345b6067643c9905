package se.valdsprevention.core.plan;

/** Where a goal stands between its baseline and its target. */
public enum ProgressStatus {
    NOT_STARTED("ej påbörjat"),
    ON_TRACK("på väg"),
    ACHIEVED("uppnått"),
    WORSENING("försämrat");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
