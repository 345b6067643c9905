package se.valdsprevention.workflows.statistics.kolada;

/** Kolada's gender of a value: {@code T} in total, {@code K} women (kvinnor), {@code M} men (män). */
public enum Gender {
    TOTAL("T"),
    WOMEN("K"),
    MEN("M");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    /** Kolada's letter for the gender. */
    public String code() {
        return code;
    }

    /** The gender of Kolada's letter, or null when Kolada sends a letter this client does not know. */
    static Gender ofCode(String code) {
        for (Gender gender : values()) {
            if (gender.code.equals(code)) {
                return gender;
            }
        }
        return null;
    }
}
