package se.valdsprevention.web.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars, and in the place of a withheld value no bar but its mark ("Kvinnor: färre än 5"). The withheld value is
 * null in the dataset: nothing of it reaches the drawing.
 */
final class MarkedBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    static final Color MARK_PAINT = new Color(0x33, 0x33, 0x33);

    private final transient Map<Cell, String> marks;
    private final Font markFont;

    MarkedBarRenderer(Map<Cell, String> marks, Font markFont) {
        this.marks = Map.copyOf(marks);
        this.markFont = markFont;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        if (dataset.getValue(row, column) != null) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        String mark = marks.get(new Cell(dataset.getRowKey(row), dataset.getColumnKey(column)));
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (mark == null || pass != 0 || visibleRow < 0) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barW0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double middle = barW0 + state.getBarWidth() / 2;
        double lower = Math.max(rangeAxis.getLowerBound(), 0);
        double base = rangeAxis.valueToJava2D(lower, dataArea, plot.getRangeAxisEdge());
        g2.setFont(markFont);
        g2.setPaint(MARK_PAINT);
        String text = dataset.getRowKey(row) + ": " + mark;
        if (orientation == PlotOrientation.HORIZONTAL) {
            TextUtils.drawAlignedString(text, g2, (float) (base + 4), (float) middle, TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawAlignedString(text, g2, (float) middle, (float) (base - 4), TextAnchor.BOTTOM_CENTER);
        }
    }
}
