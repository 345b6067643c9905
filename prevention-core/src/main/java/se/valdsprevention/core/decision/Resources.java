package se.valdsprevention.core.decision;

import java.math.BigDecimal;
import se.valdsprevention.core.validation.Violations;

/** Money in Swedish kronor and working hours, both given and not negative. */
public record Resources(BigDecimal sek, BigDecimal hours) {

    public Resources {
        var v = new Violations();
        if (v.requireNonNull(sek, "sek")) {
            v.requireNonNegative(sek, "sek");
        }
        if (v.requireNonNull(hours, "hours")) {
            v.requireNonNegative(hours, "hours");
        }
        v.throwIfAny();
    }

    public static Resources none() {
        return new Resources(BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
