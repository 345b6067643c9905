package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The gap between women and men in one indicator with a gender split: the ratio women/men (null when men is 0)
 * and the difference women − men. Computed from published values: when women or men is suppressed, the ratio and
 * difference are null too.
 */
public record GenderGap(
        String indicatorId, String name, ShownValue women, ShownValue men, BigDecimal ratio, BigDecimal difference) {

    /** The gender gap of every indicator in the picture that gives both women and men. */
    public static List<GenderGap> of(SituationPicture picture) {
        return picture.publishable().indicators().stream()
                .filter(indicator ->
                        indicator.values().women() != null && indicator.values().men() != null)
                .map(GenderGap::of)
                .toList();
    }

    private static GenderGap of(PublishedIndicator indicator) {
        ShownValue women = indicator.values().women();
        ShownValue men = indicator.values().men();
        if (!(women instanceof Shown w) || !(men instanceof Shown m)) {
            return new GenderGap(indicator.id(), indicator.name(), women, men, null, null);
        }
        BigDecimal ratio = m.value().signum() == 0 ? null : w.value().divide(m.value(), 4, RoundingMode.HALF_UP);
        return new GenderGap(
                indicator.id(), indicator.name(), women, men, ratio, w.value().subtract(m.value()));
    }
}
