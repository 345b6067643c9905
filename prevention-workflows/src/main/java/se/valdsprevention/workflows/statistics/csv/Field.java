package se.valdsprevention.workflows.statistics.csv;

import java.util.List;

/** What a column of a statistics file may hold, with its Swedish name and the header names it is guessed from. */
public enum Field {
    INDICATOR(
            "Indikator",
            true,
            List.of("indikator", "nyckeltal", "indicator", "namn", "name", "mått", "kpi", "key figure", "variabel")),
    PERIOD("Period", true, List.of("år", "period", "year", "årtal", "tid", "time", "tidsperiod", "mätår")),
    WOMEN(
            "Kvinnor",
            false,
            List.of("kvinnor", "flickor", "women", "female", "females", "girls", "kvinna", "flicka", "k")),
    MEN("Män", false, List.of("män", "pojkar", "men", "male", "males", "boys", "man", "pojke", "m")),
    TOTAL(
            "Totalt",
            false,
            List.of("totalt", "alla", "total", "samtliga", "summa", "all", "båda könen", "both sexes", "t")),
    SOURCE("Källa", false, List.of("källa", "source", "datakälla", "källor"));

    private final String label;
    private final boolean required;
    private final List<String> names;

    Field(String label, boolean required, List<String> names) {
        this.label = label;
        this.required = required;
        this.names = names;
    }

    /** The Swedish name shown to users. */
    public String label() {
        return label;
    }

    /** Whether a mapping must name a column for it. Of women, men and total at least one must be mapped. */
    public boolean required() {
        return required;
    }

    /** Whether the field holds a value (women, men or total). */
    public boolean value() {
        return this == WOMEN || this == MEN || this == TOTAL;
    }

    /** Header names (lowercase) that say a column holds this field. */
    List<String> names() {
        return names;
    }
}
