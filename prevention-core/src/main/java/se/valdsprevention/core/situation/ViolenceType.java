package se.valdsprevention.core.situation;

/** A form of violence a municipality agrees to map and prevent. */
public enum ViolenceType {
    CLOSE_RELATIONSHIPS("våld i nära relationer"),
    HONOUR_RELATED("hedersrelaterat våld och förtryck"),
    PROSTITUTION_TRAFFICKING("prostitution och människohandel"),
    SEXUAL("sexuellt våld"),
    PUBLIC_PLACES("våld i offentlig miljö"),
    SCHOOL("våld i skolan"),
    OTHER("annat våld");

    private final String label;

    ViolenceType(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
