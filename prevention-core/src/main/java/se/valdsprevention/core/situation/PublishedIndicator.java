package se.valdsprevention.core.situation;

/** An indicator as it may be published: its description and its suppressed values, never the raw figures. */
public record PublishedIndicator(
        String id,
        String name,
        String source,
        Unit unit,
        boolean personBased,
        PyramidLevel pyramidLevel,
        PublishedValues values,
        String noGenderSplitReason) {

    static PublishedIndicator of(Indicator indicator) {
        return new PublishedIndicator(
                indicator.id(),
                indicator.name(),
                indicator.source(),
                indicator.unit(),
                indicator.personBased(),
                indicator.pyramidLevel(),
                Suppression.publish(indicator),
                indicator.noGenderSplitReason());
    }
}
