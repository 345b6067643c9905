package se.valdsprevention.core.situation;

/** How one indicator found in both situation pictures moved, for women, men and in total. */
public record IndicatorTrend(String indicatorId, String name, Unit unit, Change women, Change men, Change total) {}
