package se.valdsprevention.core.decision;

/** What a decision is about. */
public enum DecisionType {
    PARTICIPATION_MANDATE("mandat att delta"),
    RESOURCES("resurser"),
    ACTION_PLAN_ADOPTION("antagande av handlingsplan"),
    STEERING_DOCUMENT_INTEGRATION("mål i styrdokument"),
    OTHER("övrigt");

    private final String label;

    DecisionType(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
