package se.valdsprevention.core.plan;

/** Who an intervention reaches: everyone, groups at risk, or people where violence has started. */
public enum PreventionLevel {
    UNIVERSAL("universell"),
    SELECTIVE("selektiv"),
    INDICATED("indikerad");

    private final String label;

    PreventionLevel(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
