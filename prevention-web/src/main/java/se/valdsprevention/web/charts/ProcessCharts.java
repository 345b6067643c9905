package se.valdsprevention.web.charts;

import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bar charts of the workflow's figures (lead times, attendance, decisions) for the county overview, the
 * municipality page and the county report, drawn like the situation charts: JFreeChart through Batik's SVG
 * generator, Swedish title and axes, {@code role="img"} with a {@code <title>} and a {@code <desc>} that reads out
 * every value, colours with at least 3:1 contrast on white and a direct label on every bar ("Steg 2: 12 dagar"),
 * so that nothing depends on colour. A value that is null is not drawn. Nothing to draw gives a {@link Chart}
 * without SVG, for the page to say so in words.
 */
public class ProcessCharts {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessCharts.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    /** The chart of these figures; {@code id} (lowercase letters, digits, hyphens) must be unique on its page. */
    public Chart bars(String id, ChartFigures figures) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a chart id: " + id);
        }
        if (figures.isEmpty()) {
            return new Chart(id, figures, null);
        }
        String description = description(figures);
        try {
            JFreeChart chart = chart(figures);
            int height = height(figures);
            SvgDocument svg = new SvgDocument(SituationCharts.WIDTH, height, id + "-");
            chart.draw(svg.graphics(), new Rectangle2D.Double(0, 0, SituationCharts.WIDTH, height));
            return new Chart(id, figures, svg.write(figures.title(), description));
        } catch (RuntimeException | LinkageError | AWTError e) {
            LOG.warn("Could not draw the chart '{}'", figures.title(), e);
            return new Chart(
                    id,
                    figures,
                    SituationCharts.textOnly(SituationCharts.COULD_NOT_DRAW, figures.title() + ". " + description));
        }
    }

    /** What the SVG's {@code <desc>} reads: the kind of chart, then every category with each series' value. */
    static String description(ChartFigures figures) {
        StringBuilder desc = new StringBuilder("Liggande stapeldiagram: ")
                .append(figures.categoryAxis().toLowerCase(SwedishNumbers.SWEDISH))
                .append(" nedåt, ")
                .append(figures.valueAxis().toLowerCase(SwedishNumbers.SWEDISH))
                .append(" åt höger. Varje stapel är märkt med sitt värde; saknas ett värde ritas ingen stapel.");
        for (ChartFigures.Row row : figures.rows()) {
            desc.append(' ').append(row.category()).append(':');
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < figures.series().size(); i++) {
                String name = figures.series().get(i).name();
                parts.add(" " + (figures.series().size() == 1 ? "" : name + " ")
                        + row.values().get(i));
            }
            desc.append(String.join(",", parts)).append('.');
        }
        return desc.toString();
    }

    private static int height(ChartFigures figures) {
        int bars = figures.categories().size() * figures.series().size();
        return 150
                + 20 * bars
                + 14 * figures.categories().size()
                + 18 * ((figures.series().size() + 2) / 3);
    }

    private static JFreeChart chart(ChartFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < figures.categories().size(); i++) {
            categories.add(
                    new Category(String.format("%03d", i), figures.categories().get(i)));
        }
        boolean wholeNumbers = true;
        for (ChartFigures.Series series : figures.series()) {
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal value = series.values().get(i);
                data.addValue(value, series.name(), categories.get(i));
                if (value != null && value.stripTrailingZeros().scale() > 0) {
                    wholeNumbers = false;
                }
            }
        }
        boolean legend = figures.series().size() > 1;
        JFreeChart chart = ChartFactory.createBarChart(
                figures.title(),
                figures.categoryAxis(),
                figures.valueAxis(),
                data,
                PlotOrientation.HORIZONTAL,
                legend,
                false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = new BarRenderer();
        plot.setRenderer(renderer);
        SituationCharts.theme().apply(chart);
        for (int i = 0; i < figures.series().size(); i++) {
            renderer.setSeriesPaint(i, SituationCharts.LINES[i % SituationCharts.LINES.length]);
        }
        String pattern = (legend ? "{0}: " : "") + "{2}" + figures.unit().replace("'", "''");
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(pattern, SwedishNumbers.format()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SituationCharts.font(Font.PLAIN, 11));
        renderer.setDefaultItemLabelPaint(SituationCharts.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(SituationCharts.TEXT);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        SituationCharts.style(plot, wholeNumbers);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setUpperMargin(0.45);
        return chart;
    }
}
