package se.valdsprevention.workflows.notification;

/** Where a notification in the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its time (the digest, or the next attempt after a failure). */
    PENDING("Väntar"),
    /** Delivered: by SMTP, or kept in the in-app outbox when the installation has no SMTP server. */
    SENT("Skickat"),
    /** Will not be sent: the user has no valid address, the server refused it for good, or retries gave up. */
    FAILED("Kunde inte skickas");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
