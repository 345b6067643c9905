package se.valdsprevention.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import se.valdsprevention.core.validation.Violations;

/**
 * How long something took, over several occurrences: how many there were, the median and the 90th percentile, in
 * days with one decimal. Percentiles are nearest-rank: the smallest duration that at least that share of the
 * occurrences do not exceed, so every figure is a duration that really occurred. Without occurrences the median
 * and percentile are null, not zero.
 */
public record LeadTimes(int count, BigDecimal medianDays, BigDecimal p90Days) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    public LeadTimes {
        var v = new Violations();
        v.require(count >= 0, "count", "får inte vara negativt");
        v.require((count == 0) == (medianDays == null), "medianDays", "finns precis när det finns förekomster");
        v.require((count == 0) == (p90Days == null), "p90Days", "finns precis när det finns förekomster");
        v.requireNonNegative(medianDays, "medianDays");
        v.requireNonNegative(p90Days, "p90Days");
        if (medianDays != null && p90Days != null) {
            v.require(p90Days.compareTo(medianDays) >= 0, "p90Days", "får inte vara mindre än medianen");
        }
        v.throwIfAny();
    }

    /** No occurrences. */
    public static LeadTimes none() {
        return new LeadTimes(0, null, null);
    }

    /**
     * The lead times of these durations.
     *
     * @throws se.valdsprevention.core.validation.ValidationException at {@code durations} for a negative one
     */
    public static LeadTimes of(Collection<Duration> durations) {
        Objects.requireNonNull(durations, "durations");
        List<Duration> sorted = new ArrayList<>(durations);
        var v = new Violations();
        for (Duration duration : sorted) {
            v.require(duration != null && !duration.isNegative(), "durations", "får inte vara tom eller negativ");
        }
        v.throwIfAny();
        if (sorted.isEmpty()) {
            return none();
        }
        sorted.sort(null);
        return new LeadTimes(sorted.size(), days(percentile(sorted, 50)), days(percentile(sorted, 90)));
    }

    /** The nearest-rank percentile: the value at rank ⌈p/100 × n⌉. */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }
}
