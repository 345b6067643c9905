package se.valdsprevention.web.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a bar chart of the workflow's own figures shows, before it is drawn: a row of bars per category (a
 * municipality, a step, a check-in), one bar per series, and for each bar its value or null. Null means there is
 * no such figure (nothing finished, nobody expected): it is never drawn, not even as zero, and the table says "–".
 * These are figures about the work (days, decisions, attendance of the team), not person-based indicators; a
 * caller that has a withheld value passes null.
 *
 * @param unit how a value reads after its number, for example " dagar" or " %", or empty
 * @param emptyText the Swedish sentence shown instead of the chart when no bar has a value
 */
public record ChartFigures(
        String title,
        String categoryAxis,
        String valueAxis,
        String unit,
        List<String> categories,
        List<Series> series,
        String emptyText) {

    /** At most this many categories and series: a chart with more is no longer readable. */
    public static final int MAX_CATEGORIES = 60;

    public static final int MAX_SERIES = 6;

    /** One kind of bar, with a value (or null) per category in the chart's order. */
    public record Series(String name, List<BigDecimal> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public Series(String name, BigDecimal... values) {
            this(name, Arrays.asList(values));
        }
    }

    /** One row of the chart's table: the category and a value text per series. */
    public record Row(String category, List<String> values) {}

    public ChartFigures {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxis, "categoryAxis");
        Objects.requireNonNull(valueAxis, "valueAxis");
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(emptyText, "emptyText");
        if (categories.size() > MAX_CATEGORIES || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("too many categories or series for one chart");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " needs one value per category");
            }
        }
    }

    /** Whether no bar has a value: then the chart is not drawn and {@link #emptyText()} stands in its place. */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(Objects::isNull);
    }

    /** A value as the chart's labels, description and table read it: "12,5 dagar", or "–" for none. */
    public String text(BigDecimal value) {
        return value == null ? "–" : SwedishNumbers.format(value) + unit;
    }

    /** The figures as the chart's table shows them, a row per category. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> values = new ArrayList<>();
            for (Series s : series) {
                values.add(text(s.values().get(i)));
            }
            rows.add(new Row(categories.get(i), values));
        }
        return rows;
    }

    /** The names of the series, the table's column headings after the category. */
    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }
}
