package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one value moved between two periods, computed from published values only: the absolute change
 * ({@code current - previous}) and the relative change as a fraction of the previous value (0.25 is +25 %).
 * Both are null when either value is suppressed or not given; the relative change is also null when the previous
 * value is 0.
 */
public record Change(ShownValue previous, ShownValue current, BigDecimal absolute, BigDecimal relative) {

    static Change between(ShownValue previous, ShownValue current) {
        if (!(previous instanceof Shown before) || !(current instanceof Shown now)) {
            return new Change(previous, current, null, null);
        }
        BigDecimal absolute = now.value().subtract(before.value());
        BigDecimal relative =
                before.value().signum() == 0 ? null : absolute.divide(before.value(), 4, RoundingMode.HALF_UP);
        return new Change(previous, current, absolute, relative);
    }
}
