package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Small-count suppression, so that published figures cannot identify people in small municipalities.
 *
 * <p>Primary suppression: a count of 1–4 is never shown; 0 and 5 or more are. Complementary suppression: when a
 * shown total would reveal a suppressed part (total minus the shown parts), the next-smallest non-zero part is
 * suppressed too, or the total when there is no such part; this repeats while the suppressed parts together come
 * to 1–4. When the total itself is 1–4, every non-zero part is suppressed. The same rules protect women and men
 * within an indicator and the parts of a county-wide figure.
 */
public final class Suppression {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private Suppression() {}

    /** Whether {@code value} is a small count that must not be shown: more than 0 and less than 5. */
    public static boolean small(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(FIVE) < 0;
    }

    /**
     * Suppresses the parts of a total and the total (null when there is none), for example the municipalities'
     * counts and the county's count.
     */
    public static PublishedParts suppress(List<BigDecimal> parts, BigDecimal total) {
        parts.forEach(part -> Objects.requireNonNull(part, "a part must not be null"));
        List<ShownValue> published = apply(parts, total);
        return new PublishedParts(published.subList(0, parts.size()), published.get(parts.size()));
    }

    /** The indicator's values as they may be published: suppressed if it is suppressible, otherwise all shown. */
    static PublishedValues publish(Indicator indicator) {
        if (!indicator.suppressible()) {
            return new PublishedValues(show(indicator.women()), show(indicator.men()), show(indicator.total()));
        }
        var parts = new ArrayList<BigDecimal>();
        parts.add(indicator.women());
        parts.add(indicator.men());
        List<ShownValue> published = apply(parts, indicator.total());
        return new PublishedValues(published.get(0), published.get(1), published.get(2));
    }

    private static ShownValue show(BigDecimal value) {
        return value == null ? null : new Shown(value);
    }

    /** Parts may contain null (not given); the result has the parts followed by the total, null where not given. */
    private static List<ShownValue> apply(List<BigDecimal> parts, BigDecimal total) {
        boolean[] suppressed = withheld(parts, total);
        var result = new ArrayList<ShownValue>(parts.size() + 1);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal part = parts.get(i);
            result.add(part == null ? null : suppressed[i] ? Suppressed.of(part) : new Shown(part));
        }
        result.add(total == null ? null : suppressed[parts.size()] ? Suppressed.of(total) : new Shown(total));
        return result;
    }

    /**
     * Which counts must be withheld, primary and complementary: one flag per part (null parts are not given),
     * followed by the total's. Shared by counts and by the counts that lie under rates ({@link RateSuppression}).
     */
    static boolean[] withheld(List<BigDecimal> parts, BigDecimal total) {
        int n = parts.size();
        boolean[] suppressed = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            suppressed[i] = small(parts.get(i));
        }
        boolean totalSuppressed = small(total);
        if (totalSuppressed) {
            for (int i = 0; i < n; i++) {
                suppressed[i] = parts.get(i) != null && parts.get(i).signum() != 0;
            }
        } else if (total != null) {
            totalSuppressed = suppressComplementary(parts, suppressed);
        }
        suppressed[n] = totalSuppressed;
        return suppressed;
    }

    /** Widens the suppressed parts until the shown total cannot reveal them; returns whether the total must go. */
    private static boolean suppressComplementary(List<BigDecimal> parts, boolean[] suppressed) {
        while (true) {
            int count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < parts.size(); i++) {
                if (suppressed[i]) {
                    count++;
                    sum = sum.add(parts.get(i));
                }
            }
            if (count == 0 || (count >= 2 && !small(sum))) {
                return false;
            }
            int next = smallestShownNonZero(parts, suppressed);
            if (next < 0) {
                return true;
            }
            suppressed[next] = true;
        }
    }

    private static int smallestShownNonZero(List<BigDecimal> parts, boolean[] suppressed) {
        int smallest = -1;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal part = parts.get(i);
            if (!suppressed[i]
                    && part != null
                    && part.signum() != 0
                    && (smallest < 0 || part.compareTo(parts.get(smallest)) < 0)) {
                smallest = i;
            }
        }
        return smallest;
    }
}
