package se.valdsprevention.web.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Lines with a gap where a value is withheld, and the gap's mark written at the foot of the plot under its cycle
 * ("Kvinnor: färre än 5"), stacked when several series are withheld in one cycle.
 */
final class MarkedLineRenderer extends LineAndShapeRenderer {

    private static final long serialVersionUID = 1L;
    private static final int MARK_LINE = 13;

    private final transient Map<Cell, String> marks;
    private final transient Map<Cell, Integer> stack;
    private final Font markFont;

    /**
     * @param marks the text of each withheld value
     * @param stack the line of each mark at the foot of the plot, 0 the lowest
     */
    MarkedLineRenderer(Map<Cell, String> marks, Map<Cell, Integer> stack, Font markFont) {
        super(true, true);
        this.marks = Map.copyOf(marks);
        this.stack = Map.copyOf(stack);
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
        Cell cell = new Cell(dataset.getRowKey(row), dataset.getColumnKey(column));
        String mark = marks.get(cell);
        if (mark == null || pass != 1 || !getItemVisible(row, column)) {
            return;
        }
        String text = dataset.getRowKey(row) + ": " + mark;
        g2.setFont(markFont);
        g2.setPaint(lookupSeriesPaint(row));
        double width = g2.getFontMetrics().stringWidth(text);
        double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        x = Math.max(dataArea.getMinX() + width / 2 + 2, Math.min(dataArea.getMaxX() - width / 2 - 2, x));
        double y = dataArea.getMaxY() - 3 - MARK_LINE * stack.getOrDefault(cell, 0);
        TextUtils.drawAlignedString(text, g2, (float) x, (float) y, TextAnchor.BOTTOM_CENTER);
    }
}
