package se.valdsprevention.web.situation;

/**
 * An indicator as the read-only view shows it, values published, and its values in the previous agreed picture
 * (null when it has none).
 */
public record IndicatorView(
        String id,
        String name,
        String source,
        String unit,
        boolean personBased,
        String pyramidLevel,
        ShownText women,
        ShownText men,
        ShownText total,
        String noGenderSplitReason,
        String previous) {}
