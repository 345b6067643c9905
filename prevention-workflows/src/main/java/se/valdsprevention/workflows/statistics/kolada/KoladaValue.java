package se.valdsprevention.workflows.statistics.kolada;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One value from Kolada: a key figure of a municipality in a year for women, men or in total. A value Kolada marks
 * {@code "Missing"} (or sends without a number) is missing, never zero: {@link #number()} is empty.
 *
 * @param value the number, or null when it is missing
 */
public record KoladaValue(String kpi, String municipality, int year, Gender gender, BigDecimal value) {

    public KoladaValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(gender, "gender");
    }

    /** The number, or empty when Kolada has none for it. */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(value);
    }

    /** Whether Kolada has no number for it: missing, which is not zero. */
    public boolean missing() {
        return value == null;
    }
}
