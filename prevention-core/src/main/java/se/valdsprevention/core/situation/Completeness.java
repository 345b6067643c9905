package se.valdsprevention.core.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How complete a situation picture's indicators are: person-based indicators without a gender split, indicators
 * without a source, and a score from 0 to 1 (the share of these two checks that pass over all indicators; 0 for
 * a picture without indicators).
 */
public record Completeness(
        int indicatorCount, List<String> withoutGenderSplit, List<String> withoutSource, BigDecimal score) {

    public Completeness {
        withoutGenderSplit = List.copyOf(withoutGenderSplit);
        withoutSource = List.copyOf(withoutSource);
    }

    public static Completeness of(SituationPicture picture) {
        List<Indicator> indicators = picture.indicators();
        List<String> withoutSplit = indicators.stream()
                .filter(i -> i.personBased() && !i.hasGenderSplit())
                .map(Indicator::id)
                .toList();
        List<String> withoutSource = indicators.stream()
                .filter(i -> i.source() == null)
                .map(Indicator::id)
                .toList();
        int checks = indicators.size() * 2;
        BigDecimal score = checks == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(checks - withoutSplit.size() - withoutSource.size())
                        .divide(BigDecimal.valueOf(checks), 2, RoundingMode.HALF_UP);
        return new Completeness(indicators.size(), withoutSplit, withoutSource, score);
    }
}
