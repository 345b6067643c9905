package se.valdsprevention.core.situation;

/** The five levels of the violence pyramid (våldspyramiden), from its base to its top. */
public enum PyramidLevel {
    NORMS_AND_ATTITUDES(1, "nedvärderande normer och attityder"),
    VIOLATIONS_AND_HARASSMENT(2, "kränkningar och trakasserier"),
    THREATS_AND_LIGHTER_VIOLENCE(3, "hot och lindrigare fysiskt våld"),
    SERIOUS_VIOLENCE(4, "grovt våld"),
    LETHAL_VIOLENCE(5, "dödligt våld");

    private final int step;
    private final String label;

    PyramidLevel(int step, String label) {
        this.step = step;
        this.label = label;
    }

    /** 1 at the base of the pyramid, 5 at the top. */
    public int step() {
        return step;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
