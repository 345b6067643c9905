package se.valdsprevention.workflows.notification;

/** The events a user can be told about by e-mail, each of which a user may opt out of on the start page. */
public enum NotificationKind {
    TASK_AVAILABLE("Nya uppgifter", "Ny uppgift", "En uppgift blir tillgänglig för dig i Tasklist."),
    REMINDER(
            "Påminnelser och eskaleringar",
            "Påminnelse",
            "Ett beslut väntar, en avstämning ska hållas, en åtgärd är försenad eller arbetet står still."),
    DECISION_OUTCOME(
            "Besked om dina beslutsförslag",
            "Besked om beslut",
            "Ett förslag du har lämnat har bifallits, avslagits eller återremitterats."),
    NEW_MEMBER("Nya ledamöter", "Ny ledamot", "En ny ledamot har registrerats i kommunteamet."),
    MEMBER_LEFT("Ledamöter som slutar", "Ledamot slutar", "En ledamot har slutat i kommunteamet.");

    private final String label;
    private final String shortLabel;
    private final String description;

    NotificationKind(String label, String shortLabel, String description) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.description = description;
    }

    /** The kind as the start page's choices name it. */
    public String label() {
        return label;
    }

    /** The kind in a mail's subject and list. */
    public String shortLabel() {
        return shortLabel;
    }

    /** When a mail of this kind is sent, in Swedish. */
    public String description() {
        return description;
    }
}
