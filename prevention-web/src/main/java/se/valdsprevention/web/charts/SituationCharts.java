package se.valdsprevention.web.charts;

import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.PublishedValues;
import se.valdsprevention.core.situation.PyramidLevel;
import se.valdsprevention.core.situation.ReportingPeriod;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Unit;

/**
 * Charts of situation pictures as standalone SVG documents (UTF-8 text), drawn once on the server by JFreeChart
 * through Batik's SVG generator, so that the page and the PDF report show the same picture.
 *
 * <p>Every chart takes only the publishable view: a withheld value is null in the chart's data, is never drawn as
 * a bar or point, and is marked "färre än 5" or "dolt för att skydda små tal" instead. Each document has {@code
 * role="img"}, a Swedish {@code <title>} and a {@code <desc>} that reads out every value, Swedish axis labels
 * and numbers, colours with at least 3:1 contrast on white, and a direct label on every bar and point, so that
 * nothing depends on colour. Nothing to show gives a small document saying "Inga uppgifter att visa"; a failure
 * to draw (for example a JDK without fonts) gives one saying the chart could not be drawn. Neither throws.
 */
public class SituationCharts {

    static final String NOTHING_TO_SHOW = "Inga uppgifter att visa";
    static final String COULD_NOT_DRAW = "Diagrammet kunde inte ritas";
    static final int WIDTH = 820;

    private static final Logger LOG = LoggerFactory.getLogger(SituationCharts.class);
    /** A logical font every JDK has; Batik writes it as the generic family sans-serif. */
    private static final String FONT = "SansSerif";

    private static final Color WOMEN = new Color(0xB3, 0x40, 0x0A);
    private static final Color MEN = new Color(0x00, 0x5A, 0x8C);
    private static final Color LEVELS = new Color(0x4B, 0x2E, 0x83);
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    static final Paint[] LINES = {
        new Color(0x00, 0x5A, 0x8C),
        new Color(0xB3, 0x40, 0x0A),
        new Color(0x00, 0x6E, 0x50),
        new Color(0x9C, 0x35, 0x72),
        new Color(0x33, 0x33, 0x33),
        new Color(0x7A, 0x55, 0x00)
    };

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Rotated labels (the category axis) as text, not as outlines: smaller, and read by screen readers.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * Grouped bars of women and men for every indicator that gives both, one panel per unit. A withheld value has
     * no bar but its mark.
     */
    public String genderBars(PublishedSituationPicture picture) {
        if (picture == null) {
            return empty();
        }
        List<PublishedIndicator> split = picture.indicators().stream()
                .filter(indicator -> indicator.values() != null
                        && indicator.values().women() != null
                        && indicator.values().men() != null)
                .toList();
        if (split.isEmpty()) {
            return empty();
        }
        String title = "Kvinnor och män per indikator, lägesbild " + period(picture.period());
        StringBuilder desc = new StringBuilder("Liggande stapeldiagram med en stapel för kvinnor och en för män per"
                + " indikator, en del per enhet. Varje stapel är märkt med kön och värde. Värden som skyddas ritas"
                + " inte.");
        for (PublishedIndicator indicator : split) {
            PublishedValues values = indicator.values();
            desc.append(' ')
                    .append(indicator.name())
                    .append(" (")
                    .append(indicator.unit().label())
                    .append("): kvinnor ")
                    .append(Marks.text(values, values.women()))
                    .append(", män ")
                    .append(Marks.text(values, values.men()))
                    .append('.');
        }
        return draw(title, desc.toString(), () -> {
            List<Panel> panels = new ArrayList<>();
            byUnit(split).forEach((unit, indicators) -> panels.add(genderPanel(unit, indicators)));
            return panels;
        });
    }

    /**
     * How many of the picture's indicators show each level of the violence pyramid, the top of the pyramid first,
     * and how many show none. Counts of indicators, not of persons: nothing here is suppressed.
     */
    public String pyramid(PublishedSituationPicture picture) {
        if (picture == null || picture.indicators().isEmpty()) {
            return empty();
        }
        Map<PyramidLevel, Integer> counts = new LinkedHashMap<>();
        List<PyramidLevel> topFirst = new ArrayList<>(List.of(PyramidLevel.values()));
        Collections.reverse(topFirst);
        topFirst.forEach(level -> counts.put(level, 0));
        int withoutLevel = 0;
        for (PublishedIndicator indicator : picture.indicators()) {
            if (indicator.pyramidLevel() == null) {
                withoutLevel++;
            } else {
                counts.merge(indicator.pyramidLevel(), 1, Integer::sum);
            }
        }
        String title = "Indikatorer per nivå i våldspyramiden, lägesbild " + period(picture.period());
        StringBuilder desc = new StringBuilder("Liggande stapeldiagram över hur många av lägesbildens "
                + picture.indicators().size()
                + " indikatorer som visar varje nivå i våldspyramiden, från toppen (nivå 5) till basen (nivå 1).");
        counts.forEach((level, count) -> desc.append(' ')
                .append(levelLabel(level))
                .append(": ")
                .append(count)
                .append(count == 1 ? " indikator." : " indikatorer."));
        String without = withoutLevel == 0
                ? null
                : withoutLevel + (withoutLevel == 1 ? " indikator hör" : " indikatorer hör") + " inte till någon nivå.";
        if (without != null) {
            desc.append(' ').append(without);
        }
        return draw(title, desc.toString(), () -> List.of(pyramidPanel(counts, without)));
    }

    /**
     * The values of the indicators over the cycles, oldest first: a line per indicator and gender (the total where
     * a cycle gives no split), one panel per unit. A withheld value leaves a gap and is marked at the foot of the
     * panel.
     */
    public String trend(List<CycleFigures> cycles) {
        if (cycles == null || cycles.isEmpty()) {
            return empty();
        }
        Trend trend = Trend.of(cycles);
        if (trend.series().isEmpty()) {
            return empty();
        }
        String title = "Indikatorernas utveckling över " + cycles.size() + (cycles.size() == 1 ? " cykel" : " cykler");
        StringBuilder desc = new StringBuilder("Linjediagram med en linje per indikator och kön över lägesbilderna "
                + String.join(", ", trend.columns())
                + ", en del per enhet. Kvinnor heldragen linje, män streckad, totalt prickad; varje punkt är märkt"
                + " med sitt värde. Värden som skyddas ritas inte utan anges längst ned.");
        for (Trend.Series series : trend.series()) {
            desc.append(' ')
                    .append(series.key().label())
                    .append(" (")
                    .append(series.unit().label())
                    .append("):");
            List<String> points = new ArrayList<>();
            for (int i = 0; i < trend.columns().size(); i++) {
                String text = series.texts().get(i);
                if (text != null) {
                    points.add(" " + trend.columns().get(i) + " " + text);
                }
            }
            desc.append(String.join(",", points)).append('.');
        }
        return draw(title, desc.toString(), () -> {
            List<Panel> panels = new ArrayList<>();
            trend.byUnit().forEach((unit, series) -> panels.add(trendPanel(unit, trend.columns(), series)));
            return panels;
        });
    }

    /** The small document shown when there is nothing to draw. */
    public String empty() {
        return textOnly(NOTHING_TO_SHOW, "Det finns inga uppgifter att visa i diagrammet.");
    }

    private record Panel(JFreeChart chart, int height) {}

    private interface Panels {
        List<Panel> build();
    }

    private String draw(String title, String description, Panels panels) {
        try {
            List<Panel> built = panels.build();
            int height = built.stream().mapToInt(Panel::height).sum();
            SvgDocument svg = new SvgDocument(WIDTH, height);
            double y = 0;
            for (Panel panel : built) {
                panel.chart().draw(svg.graphics(), new Rectangle2D.Double(0, y, WIDTH, panel.height()));
                y += panel.height();
            }
            return svg.write(title, description);
        } catch (RuntimeException | LinkageError | AWTError e) {
            LOG.warn("Could not draw the chart '{}'", title, e);
            return textOnly(COULD_NOT_DRAW, title + ". " + description);
        }
    }

    private Panel genderPanel(Unit unit, List<PublishedIndicator> indicators) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<Cell, String> marks = new HashMap<>();
        for (PublishedIndicator indicator : indicators) {
            Category category = new Category(indicator.id(), indicator.name());
            PublishedValues values = indicator.values();
            put(data, marks, "Kvinnor", category, values, values.women());
            put(data, marks, "Män", category, values, values.men());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Enhet: " + unit.label(),
                "Indikator",
                "Värde (" + unit.label() + ")",
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        MarkedBarRenderer renderer = new MarkedBarRenderer(marks, font(Font.ITALIC, 11));
        plot.setRenderer(renderer);
        theme().apply(chart);
        renderer.setSeriesPaint(0, WOMEN);
        renderer.setSeriesPaint(1, MEN);
        keepRendering(
                data,
                renderer,
                indicators.isEmpty() ? null : new Category(indicators.get(0).id(), ""));
        labelBars(renderer, "{0}: {2}");
        renderer.setItemMargin(0.05);
        style(plot, unit.count());
        return new Panel(chart, 110 + 52 * indicators.size());
    }

    private Panel pyramidPanel(Map<PyramidLevel, Integer> counts, String without) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((level, count) -> data.addValue(count, "Indikatorer", levelLabel(level)));
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                "Nivå i våldspyramiden",
                "Antal indikatorer",
                data,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        if (without != null) {
            chart.addSubtitle(new TextTitle(without));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer();
        plot.setRenderer(renderer);
        theme().apply(chart);
        renderer.setSeriesPaint(0, LEVELS);
        labelBars(renderer, "{2}");
        renderer.setMaximumBarWidth(0.6);
        style(plot, true);
        return new Panel(chart, 330);
    }

    private Panel trendPanel(Unit unit, List<String> columns, List<Trend.Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<Cell, String> marks = new HashMap<>();
        Map<Cell, Integer> stack = new HashMap<>();
        Map<String, Integer> marksPerColumn = new HashMap<>();
        for (Trend.Series line : series) {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                data.addValue(line.numbers().get(i), line.key(), column);
                String mark = line.marks().get(i);
                if (mark != null) {
                    Cell cell = new Cell(line.key(), column);
                    marks.put(cell, mark);
                    stack.put(cell, marksPerColumn.merge(column, 1, Integer::sum) - 1);
                }
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                "Enhet: " + unit.label(),
                "Lägesbild",
                "Värde (" + unit.label() + ")",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        MarkedLineRenderer renderer = new MarkedLineRenderer(marks, stack, font(Font.ITALIC, 11));
        plot.setRenderer(renderer);
        theme().apply(chart);
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, LINES[i % LINES.length]);
            renderer.setSeriesShape(i, shapes[i % shapes.length]);
            renderer.setSeriesStroke(i, stroke(series.get(i).gender()));
        }
        keepRendering(data, renderer, columns.get(0));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", SwedishNumbers.format()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.PLAIN, 11));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        int maxMarks = marksPerColumn.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        style(plot, unit.count());
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setLowerMargin(maxMarks == 0 ? 0.05 : Math.min(0.6, 0.08 * (maxMarks + 1)));
        range.setAutoRangeIncludesZero(maxMarks > 0 || unit.count());
        CategoryAxis domain = plot.getDomainAxis();
        domain.setLowerMargin(0.08);
        domain.setUpperMargin(0.08);
        return new Panel(chart, 380 + 18 * ((series.size() + 2) / 3));
    }

    /**
     * JFreeChart draws nothing, not even the marks, when every value is null (all withheld): then a hidden series
     * with a 0 keeps the renderer called. It is not drawn and not in the legend.
     */
    private static void keepRendering(
            DefaultCategoryDataset data, AbstractCategoryItemRenderer renderer, Comparable<?> column) {
        if (!DatasetUtils.isEmptyOrNull(data) || column == null) {
            return;
        }
        Category hidden = new Category("\u0000hidden", "");
        data.addValue(0, hidden, column);
        int row = data.getRowIndex(hidden);
        renderer.setSeriesVisible(row, false);
        renderer.setSeriesVisibleInLegend(row, false);
    }

    private static BasicStroke stroke(String gender) {
        return switch (gender) {
            case Trend.WOMEN -> new BasicStroke(2.5f);
            case Trend.MEN ->
                new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 5f}, 0f);
            default ->
                new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 5f}, 0f);
        };
    }

    private static void put(
            DefaultCategoryDataset data,
            Map<Cell, String> marks,
            String series,
            Category category,
            PublishedValues values,
            ShownValue value) {
        data.addValue(value.number().orElse(null), series, category);
        String mark = Marks.of(values, value);
        if (mark != null) {
            marks.put(new Cell(series, category), mark);
        }
    }

    private void labelBars(BarRenderer renderer, String pattern) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(pattern, SwedishNumbers.format()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.PLAIN, 11));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(TEXT);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    }

    static void style(CategoryPlot plot, boolean wholeNumbers) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        NumberFormat format = SwedishNumbers.format();
        range.setNumberFormatOverride(format);
        if (wholeNumbers) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(SwedishNumbers.SWEDISH));
        }
        range.setUpperMargin(0.35);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(3);
        domain.setMaximumCategoryLabelWidthRatio(0.35f);
    }

    static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Svenska", false);
        theme.setExtraLargeFont(font(Font.BOLD, 16));
        theme.setLargeFont(font(Font.BOLD, 13));
        theme.setRegularFont(font(Font.PLAIN, 12));
        theme.setSmallFont(font(Font.PLAIN, 11));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return theme;
    }

    static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    private static Map<Unit, List<PublishedIndicator>> byUnit(List<PublishedIndicator> indicators) {
        Map<Unit, List<PublishedIndicator>> byUnit = new LinkedHashMap<>();
        indicators.forEach(indicator ->
                byUnit.computeIfAbsent(indicator.unit(), u -> new ArrayList<>()).add(indicator));
        return byUnit;
    }

    static String levelLabel(PyramidLevel level) {
        return level.step() + ". " + level.label();
    }

    /** A period as users read it: "2025" for a calendar year, otherwise "2025-01-01–2025-06-30". */
    static String period(ReportingPeriod period) {
        if (period == null) {
            return "";
        }
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.getDayOfYear() == 1 && end.equals(start.withMonth(12).withDayOfMonth(31))) {
            return Integer.toString(start.getYear());
        }
        return period.toString();
    }

    /** A document with a line of text and no drawing, written without AWT, so it cannot fail. */
    static String textOnly(String message, String description) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"sv\" role=\"img\" width=\"400\" height=\"60\""
                + " viewBox=\"0 0 400 60\"><title>" + escape(message) + "</title><desc>" + escape(description)
                + "</desc><rect width=\"400\" height=\"60\" fill=\"#ffffff\"/><text x=\"16\" y=\"36\""
                + " font-family=\"sans-serif\" font-size=\"16\" fill=\"#1a1a1a\">" + escape(message) + "</text></svg>";
    }

    private static String escape(String text) {
        return Objects.requireNonNull(text)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The trend's lines: one per indicator, unit and gender, with a value, a mark or nothing per cycle. */
    record Trend(List<String> columns, List<Series> series) {

        static final String WOMEN = "kvinnor";
        static final String MEN = "män";
        static final String TOTAL = "totalt";

        record Series(Category key, Unit unit, String gender, List<Number> numbers, List<String> marks) {

            /** The value or mark in each cycle as the description reads it; null where the cycle has none. */
            List<String> texts() {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < numbers.size(); i++) {
                    Number number = numbers.get(i);
                    texts.add(number != null ? SwedishNumbers.format().format(number) : marks.get(i));
                }
                return texts;
            }
        }

        Map<Unit, List<Series>> byUnit() {
            Map<Unit, List<Series>> byUnit = new LinkedHashMap<>();
            series.forEach(s ->
                    byUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(s));
            return byUnit;
        }

        static Trend of(List<CycleFigures> cycles) {
            List<String> columns = new ArrayList<>();
            Set<String> taken = new LinkedHashSet<>();
            for (CycleFigures cycle : cycles) {
                String label = cycle.label();
                for (int n = 2; !taken.add(label); n++) {
                    label = cycle.label() + " (" + n + ")";
                }
                columns.add(label);
            }
            record Id(String indicatorId, Unit unit, String gender) {}
            Map<Id, String> names = new LinkedHashMap<>();
            Map<Id, Number[]> numbers = new HashMap<>();
            Map<Id, String[]> marks = new HashMap<>();
            for (int i = 0; i < cycles.size(); i++) {
                for (PublishedIndicator indicator : cycles.get(i).picture().indicators()) {
                    PublishedValues values = indicator.values();
                    if (values == null) {
                        continue;
                    }
                    Map<String, ShownValue> byGender = new LinkedHashMap<>();
                    if (values.women() != null || values.men() != null) {
                        byGender.put(WOMEN, values.women());
                        byGender.put(MEN, values.men());
                    } else {
                        byGender.put(TOTAL, values.total());
                    }
                    for (var entry : byGender.entrySet()) {
                        if (entry.getValue() == null) {
                            continue;
                        }
                        Id id = new Id(indicator.id(), indicator.unit(), entry.getKey());
                        names.put(id, indicator.name() + " – " + entry.getKey());
                        numbers.computeIfAbsent(id, x -> new Number[cycles.size()])[i] =
                                entry.getValue().number().orElse(null);
                        marks.computeIfAbsent(id, x -> new String[cycles.size()])[i] =
                                Marks.of(values, entry.getValue());
                    }
                }
            }
            List<Series> series = new ArrayList<>();
            names.forEach((id, name) -> series.add(new Series(
                    new Category(id.indicatorId() + "/" + id.unit() + "/" + id.gender(), name),
                    id.unit(),
                    id.gender(),
                    Arrays.asList(numbers.get(id)),
                    Arrays.asList(marks.get(id)))));
            return new Trend(columns, series);
        }
    }
}
