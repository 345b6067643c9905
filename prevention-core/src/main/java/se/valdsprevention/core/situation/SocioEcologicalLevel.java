package se.valdsprevention.core.situation;

/** The level of the socio-ecological model a risk or protective factor works on. */
public enum SocioEcologicalLevel {
    INDIVIDUAL("individ"),
    RELATIONSHIP("relation"),
    COMMUNITY("närsamhälle"),
    SOCIETY("samhälle");

    private final String label;

    SocioEcologicalLevel(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
