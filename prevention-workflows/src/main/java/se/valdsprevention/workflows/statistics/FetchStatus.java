package se.valdsprevention.workflows.statistics;

/** How far a county-wide fetch from Kolada has come, with the Swedish word users read. */
public enum FetchStatus {
    RUNNING("Pågår"),
    SUCCEEDED("Klar"),
    FAILED("Misslyckades");

    private final String label;

    FetchStatus(String label) {
        this.label = label;
    }

    /** The status as users read it, for example "Misslyckades". */
    public String label() {
        return label;
    }
}
