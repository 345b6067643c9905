package se.valdsprevention.core.situation;

/** The unit of an indicator's values. Counts ({@link #count()}) are whole numbers and subject to suppression. */
public enum Unit {
    PERSONS("personer", true),
    CASES("ärenden", true),
    PERCENT("procent", false),
    PER_100K("per 100 000 invånare", false),
    SEK("kronor", false),
    HOURS("timmar", false),
    OTHER("annan enhet", false);

    private final String label;
    private final boolean count;

    Unit(String label, boolean count) {
        this.label = label;
        this.count = count;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }

    /** Whether values count persons or cases: whole numbers, women plus men at most the total. */
    public boolean count() {
        return count;
    }
}
