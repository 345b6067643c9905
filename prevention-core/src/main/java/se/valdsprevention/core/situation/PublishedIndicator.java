package se.valdsprevention.core.situation;

/**
 * An indicator as it may be published: its description and its suppressed values, never the raw figures. Counts
 * and the rates per 100 000 of person-based indicators are suppressed ({@link Suppression}, {@link RateSuppression}).
 */
public record PublishedIndicator(
        String id,
        String name,
        String source,
        Unit unit,
        boolean personBased,
        PyramidLevel pyramidLevel,
        PublishedValues values,
        String noGenderSplitReason,
        IndicatorOrigin origin) {

    /**
     * @param areaPopulation the population of the picture's area, for rates whose source gave none
     */
    public static PublishedIndicator of(Indicator indicator, Population areaPopulation) {
        return new PublishedIndicator(
                indicator.id(),
                indicator.name(),
                indicator.source(),
                indicator.unit(),
                indicator.personBased(),
                indicator.pyramidLevel(),
                RateSuppression.publish(
                        indicator, indicator.population() != null ? indicator.population() : areaPopulation),
                indicator.noGenderSplitReason(),
                indicator.origin());
    }
}
