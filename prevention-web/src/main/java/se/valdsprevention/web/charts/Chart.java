package se.valdsprevention.web.charts;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drawn chart for a page or a PDF: its figures (for the table that stands beside it) and its SVG element, without
 * XML prologue so that it can stand inside the page. {@code svg} is null when there was nothing to draw; the
 * figures' empty text is shown instead.
 *
 * @param id an id unique on the page, which also prefixes every id inside the SVG
 */
public record Chart(String id, ChartFigures figures, String svg) {

    private static final Pattern PROLOGUE = Pattern.compile("^\\s*(<\\?xml[^>]*\\?>)?\\s*(<!DOCTYPE[^>]*>)?\\s*");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(figures, "figures");
        svg = svg == null ? null : PROLOGUE.matcher(svg).replaceFirst("");
    }

    public boolean drawn() {
        return svg != null;
    }

    public String title() {
        return figures.title();
    }

    /** The SVG element as a PDF report inlines it: its title also as the {@code alt} that the tagged PDF gives it. */
    public String pdfSvg() {
        if (svg == null || !svg.startsWith("<svg")) {
            return svg;
        }
        Matcher title = TITLE.matcher(svg);
        if (!title.find()) {
            return svg;
        }
        return "<svg alt=\"" + title.group(1).replace("\"", "&quot;") + "\"" + svg.substring(4);
    }
}
