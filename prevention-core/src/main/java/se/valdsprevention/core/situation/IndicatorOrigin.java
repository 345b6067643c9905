package se.valdsprevention.core.situation;

import java.time.Instant;
import se.valdsprevention.core.validation.Violations;

/**
 * Where an imported indicator's figures come from, so that a reader (and the next import) can tell them from typed
 * ones: the system ({@value #KOLADA} or {@value #FILE}), its reference there (a Kolada KPI id, a file's name), the
 * year the figures are for and when they were retrieved. A typed indicator has no origin; an imported one whose
 * figures are changed by hand loses it.
 *
 * @param year the calendar year the figures describe, or null when the source gives a longer period
 */
public record IndicatorOrigin(String system, String reference, Integer year, Instant retrievedAt) {

    /** Kolada, the open database of municipal key figures. */
    public static final String KOLADA = "Kolada";

    /** A statistics file the user uploaded (CSV). */
    public static final String FILE = "Fil";

    public IndicatorOrigin {
        reference = Violations.blankToNull(reference);
        var v = new Violations();
        v.requireText(system, "system", Violations.NAME_MAX);
        v.optionalText(reference, "reference", Violations.NAME_MAX);
        if (year != null) {
            v.require(year >= 1900 && year <= 2999, "year", "måste vara ett årtal mellan 1900 och 2999");
        }
        v.requireNonNull(retrievedAt, "retrievedAt");
        v.throwIfAny();
    }

    /** Figures of the Kolada key figure {@code kpi} for {@code year}, retrieved {@code at}. */
    public static IndicatorOrigin kolada(String kpi, int year, Instant at) {
        return new IndicatorOrigin(KOLADA, kpi, year, at);
    }

    /** Whether the figures come from Kolada. */
    public boolean kolada() {
        return KOLADA.equals(system);
    }
}
