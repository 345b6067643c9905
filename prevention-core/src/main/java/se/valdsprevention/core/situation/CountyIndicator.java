package se.valdsprevention.core.situation;

import java.util.List;

/**
 * One indicator of the county picture: the municipalities' figures of the same indicator combined, as they may be
 * published. Made by {@link CountyPicture#of}.
 *
 * @param identity what makes the municipalities' indicators the same one: {@code kolada:<KPI>:<year>} or {@code
 *     name:<name>:<unit>}
 * @param values the county's values, suppressed; null when the indicator cannot be combined ({@link #notCombined})
 * @param contributors the municipalities whose figures are in the values
 * @param lacking the municipalities considered that do not have the indicator (or no figures at all)
 * @param notCombined why the values are not combined (for example shares), or null when they are
 * @param note what the values leave out (for example women and men when a municipality gives no split), or null
 * @param municipal each contributor's published values, given only when the indicator is not combined
 */
public record CountyIndicator(
        String identity,
        String name,
        Unit unit,
        boolean personBased,
        PyramidLevel pyramidLevel,
        String source,
        PublishedValues values,
        List<String> contributors,
        List<String> lacking,
        String notCombined,
        String note,
        List<MunicipalValues> municipal) {

    public CountyIndicator {
        contributors = List.copyOf(contributors);
        lacking = List.copyOf(lacking);
        municipal = List.copyOf(municipal);
    }

    /** A municipality's values as its own published picture shows them. */
    public record MunicipalValues(String municipalityCode, PublishedValues values) {}

    /** Whether the municipalities' values are combined into county values. */
    public boolean combined() {
        return values != null;
    }

    /** The county values as a published indicator, for charts; null when not combined. */
    public PublishedIndicator published() {
        if (values == null) {
            return null;
        }
        return new PublishedIndicator(identity, name, source, unit, personBased, pyramidLevel, values, null, null);
    }
}
