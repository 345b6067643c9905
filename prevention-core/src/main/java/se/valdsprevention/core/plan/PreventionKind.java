package se.valdsprevention.core.plan;

/** Whether an intervention changes people and relations (social) or places and situations (situational). */
public enum PreventionKind {
    SOCIAL("social"),
    SITUATIONAL("situationell");

    private final String label;

    PreventionKind(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
