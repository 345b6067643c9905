package se.valdsprevention.core.method;

/** What an entry of the method bank is: a method to carry out, or communication material to use and share. */
public enum MethodKind {
    METHOD("metod"),
    COMMUNICATION_MATERIAL("kommunikationsmaterial");

    private final String label;

    MethodKind(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
