package se.valdsprevention.core.situation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trend of an area against its previous period: per indicator in both pictures (matched by id) the absolute
 * and relative change, and which indicators are new or were dropped. Built from the published pictures, so a
 * suppressed count never leaks through a difference.
 */
public record SituationTrend(
        String areaCode,
        ReportingPeriod previousPeriod,
        ReportingPeriod currentPeriod,
        List<IndicatorTrend> indicators,
        List<String> newIndicatorIds,
        List<String> droppedIndicatorIds) {

    public SituationTrend {
        indicators = List.copyOf(indicators);
        newIndicatorIds = List.copyOf(newIndicatorIds);
        droppedIndicatorIds = List.copyOf(droppedIndicatorIds);
    }

    /**
     * Compares {@code current} with {@code previous}.
     *
     * @throws IllegalArgumentException when the pictures cover different areas or {@code previous} does not end
     *     before {@code current} starts
     */
    public static SituationTrend between(SituationPicture previous, SituationPicture current) {
        if (!previous.areaCode().equals(current.areaCode())) {
            throw new IllegalArgumentException("Cannot compare situation pictures of different areas: "
                    + previous.areaCode() + " and " + current.areaCode());
        }
        if (!previous.period().precedes(current.period())) {
            throw new IllegalArgumentException("The previous situation picture (" + previous.period()
                    + ") must end before the current one (" + current.period() + ") starts");
        }
        Map<String, PublishedIndicator> before = previous.publishable().indicators().stream()
                .collect(Collectors.toMap(PublishedIndicator::id, Function.identity()));
        List<PublishedIndicator> now = current.publishable().indicators();
        List<IndicatorTrend> trends = now.stream()
                .filter(indicator -> before.containsKey(indicator.id()))
                .map(indicator -> trend(before.get(indicator.id()), indicator))
                .toList();
        List<String> added = now.stream()
                .map(PublishedIndicator::id)
                .filter(id -> !before.containsKey(id))
                .toList();
        List<String> dropped = previous.indicators().stream()
                .map(Indicator::id)
                .filter(id -> current.indicator(id).isEmpty())
                .toList();
        return new SituationTrend(current.areaCode(), previous.period(), current.period(), trends, added, dropped);
    }

    private static IndicatorTrend trend(PublishedIndicator previous, PublishedIndicator current) {
        PublishedValues before = previous.values();
        PublishedValues now = current.values();
        return new IndicatorTrend(
                current.id(),
                current.name(),
                current.unit(),
                Change.between(before.women(), now.women()),
                Change.between(before.men(), now.men()),
                Change.between(before.total(), now.total()));
    }
}
