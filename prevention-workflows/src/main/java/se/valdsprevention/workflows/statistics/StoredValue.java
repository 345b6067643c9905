package se.valdsprevention.workflows.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import se.valdsprevention.workflows.statistics.kolada.Gender;

/**
 * A value of the template as fetched from Kolada and stored: a key figure of a municipality in a year for women, men
 * or in total, and when it was fetched.
 *
 * @param value the number, or null when Kolada has none: missing, which is not zero
 */
public record StoredValue(
        String kpi, String municipality, int year, Gender gender, BigDecimal value, Instant retrievedAt) {

    public StoredValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
    }

    /** Whether Kolada had no number for it. */
    public boolean missing() {
        return value == null;
    }
}
