package se.valdsprevention.core.plan;

/** The ambition of an intervention: improve what is done already, introduce proven methods, or develop new ones with researchers. */
public enum AmbitionLevel {
    GRUNDLAGGANDE("grundläggande"),
    AVANCERAD("avancerad"),
    FORSKNING("forskningsnivå");

    private final String label;

    AmbitionLevel(String label) {
        this.label = label;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }
}
