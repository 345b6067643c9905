package se.valdsprevention.core.decision;

/** Where a decision stands: proposed, then approved, rejected or returned; an approved one is later followed up. */
public enum DecisionStatus {
    PROPOSED("föreslaget"),
    APPROVED("beslutat"),
    REJECTED("avslaget"),
    RETURNED("återremitterat"),
    FOLLOWED_UP("uppföljt");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
