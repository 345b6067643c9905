package se.valdsprevention.core.situation;

/** Whether a situation picture is still being worked on or has been agreed by the team. */
public enum PictureStatus {
    DRAFT("utkast"),
    AGREED("fastställd");

    private final String label;

    PictureStatus(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
