package se.valdsprevention.workflows.notification;

/** How a user gets their notifications: a daily digest (the default) or one mail per event. */
public enum Delivery {
    DIGEST("En sammanfattning om dagen"),
    EACH("Ett mejl för varje händelse");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
