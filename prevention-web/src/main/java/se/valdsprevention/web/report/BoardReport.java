package se.valdsprevention.web.report;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.valdsprevention.core.plan.ActionPlan;
import se.valdsprevention.core.plan.Activity;
import se.valdsprevention.core.plan.ProductionFollowUp;
import se.valdsprevention.core.situation.PublishedIndicator;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.Shown;
import se.valdsprevention.core.situation.ShownValue;
import se.valdsprevention.core.situation.Suppressed;
import se.valdsprevention.web.charts.SituationCharts;

/**
 * Renders a board report to PDF: the Thymeleaf template {@value #TEMPLATE} with the same SVG charts as the pages,
 * drawn by openhtmltopdf on PDFBox. DejaVu Sans (shipped in the jar) is embedded as subsets, the document says
 * {@code lang="sv"}, and a tagged PDF (PDF/UA) is requested. Nothing outside the template is loaded: no files, no
 * addresses, no scripts in the SVG.
 */
public final class BoardReport {

    static final String TEMPLATE = "prevention/report/rapport";
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/se/valdsprevention/web/report/fonts/";
    /** The XML declaration and doctype of a standalone SVG document, which cannot stand inside the page. */
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private static final Pattern PROLOGUE = Pattern.compile("^\\s*(<\\?xml[^>]*\\?>)?\\s*(<!DOCTYPE[^>]*>)?\\s*");

    static {
        // openhtmltopdf logs its mode and every font load at INFO and every SVG style it does not know (the charts'
        // rendering hints, which Batik still honours) as a warning: per report, not worth an operator's attention.
        XRLog.setLevel(XRLog.GENERAL, Level.WARNING);
        XRLog.setLevel(XRLog.LOAD, Level.WARNING);
        XRLog.setLevel(XRLog.MATCH, Level.WARNING);
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    private final ITemplateEngine templates;
    private final SituationCharts charts;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] oblique;
    /** Font metrics survive between reports: the fonts are read once, not per report. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /** The charts as drawn for earlier reports of the same picture revision. */
    private final RenderedCharts drawn;

    BoardReport(ITemplateEngine templates, SituationCharts charts) {
        this(templates, charts, RenderedCharts.MAX_ENTRIES);
    }

    /** A renderer that keeps at most {@code chartsKept} drawn charts (0: draws every chart anew, as a benchmark may). */
    BoardReport(ITemplateEngine templates, SituationCharts charts, int chartsKept) {
        this.drawn = new RenderedCharts(chartsKept);
        this.templates = templates;
        this.charts = charts;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.oblique = font("DejaVuSans-Oblique.ttf");
    }

    /**
     * Another report of the workspace (for example the county report) as a PDF: its Thymeleaf template rendered with
     * these variables and the same fonts, tagging and locked-down resource access as the board report.
     */
    public byte[] render(String template, java.util.Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"));
        variables.forEach(context::setVariable);
        return pdf(templates.process(template, context));
    }

    /** The report as a PDF document. */
    byte[] render(BoardReportData data) {
        return pdf(html(data));
    }

    /** The report as the XHTML that becomes the PDF, charts inlined. */
    String html(BoardReportData data) {
        return templates.process(TEMPLATE, context(data));
    }

    byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(oblique), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Våldsprevention");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the board report", e);
        }
        return out.toByteArray();
    }

    private Context context(BoardReportData data) {
        Context context = new Context(Locale.forLanguageTag("sv-SE"));
        context.setVariable("report", data);
        BoardReportData.Picture picture = data.picture();
        PublishedSituationPicture published = picture == null ? null : picture.published();
        context.setVariable("indicators", published == null ? List.of() : indicatorRows(published));
        String code = data.municipalityCode();
        context.setVariable(
                "genderChart",
                published == null
                        ? null
                        : drawn.of(
                                code,
                                picture.revision(),
                                "kon",
                                published,
                                () -> inline(charts.genderBars(published))));
        context.setVariable(
                "pyramidChart",
                published == null
                        ? null
                        : drawn.of(
                                code,
                                picture.revision(),
                                "pyramid",
                                published,
                                () -> inline(charts.pyramid(published))));
        context.setVariable(
                "trendChart",
                picture == null || picture.trend().size() < 2
                        ? null
                        : drawn.of(
                                code,
                                picture.revision(),
                                "trend",
                                picture.trend(),
                                () -> inline(charts.trend(picture.trend()))));
        context.setVariable(
                "activities",
                data.plan() == null ? List.of() : activityRows(data.plan().plan()));
        return context;
    }

    /** An indicator as the report's table shows it: every value as published, suppressed ones as their text. */
    public record IndicatorRow(
            String name,
            String source,
            String unit,
            String level,
            String women,
            String men,
            String total,
            boolean withheld,
            String noGenderSplitReason) {}

    /** An activity with its production follow-up in words. */
    public record ActivityRow(int number, Activity activity, String status, String comment) {}

    private static List<IndicatorRow> indicatorRows(PublishedSituationPicture picture) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (PublishedIndicator indicator : picture.indicators()) {
            var values = indicator.values();
            ShownValue women = values == null ? null : values.women();
            ShownValue men = values == null ? null : values.men();
            ShownValue total = values == null ? null : values.total();
            rows.add(new IndicatorRow(
                    indicator.name(),
                    indicator.source(),
                    indicator.unit() == null ? "–" : indicator.unit().label(),
                    indicator.pyramidLevel() == null
                            ? "ingen"
                            : indicator.pyramidLevel().label(),
                    text(women),
                    text(men),
                    text(total),
                    women instanceof Suppressed || men instanceof Suppressed || total instanceof Suppressed,
                    indicator.noGenderSplitReason()));
        }
        return rows;
    }

    private static List<ActivityRow> activityRows(ActionPlan plan) {
        List<ActivityRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.activities().size(); i++) {
            Activity activity = plan.activities().get(i);
            ProductionFollowUp followUp = plan.productionFollowUps().stream()
                    .filter(f -> f.activityId().equals(activity.id()))
                    .findFirst()
                    .orElse(null);
            rows.add(new ActivityRow(
                    i + 1,
                    activity,
                    followUp == null ? "inte uppföljd ännu" : followUp.status().label(),
                    followUp == null ? null : followUp.comment()));
        }
        return rows;
    }

    /** A published value in Swedish: the number with decimal comma, a withheld one as why, "–" when not given. */
    static String text(ShownValue value) {
        if (value instanceof Shown shown) {
            return number(shown.value());
        }
        if (value instanceof Suppressed suppressed) {
            return suppressed.label();
        }
        return "–";
    }

    static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A standalone SVG document as an element inside the report's XHTML, with its title as the alternative text
     * that a tagged PDF gives the figure.
     */
    public static String inline(String svg) {
        String element = PROLOGUE.matcher(svg).replaceFirst("");
        Matcher title = TITLE.matcher(element);
        if (!element.startsWith("<svg") || !title.find()) {
            return element;
        }
        String alt = title.group(1).replace("\"", "&quot;");
        return "<svg alt=\"" + alt + "\"" + element.substring(4);
    }

    private static byte[] font(String file) {
        try (InputStream in = BoardReport.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the report font " + file, e);
        }
    }
}
