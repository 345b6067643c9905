package se.valdsprevention.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Bar charts of the workflow's figures: what is drawn is what the figures hold, a missing value has no bar and no
 * label, the SVG is accessible, its ids are its own, and nothing to draw gives no SVG but a sentence.
 */
class ProcessChartsTest {

    final ProcessCharts charts = new ProcessCharts();

    static ChartFigures leadTimes(BigDecimal... step1And2) {
        return new ChartFigures(
                "Ledtid per steg",
                "Kommun",
                "Ledtid (dagar)",
                " dagar",
                List.of("Norsjö", "Sorsele"),
                List.of(
                        new ChartFigures.Series("Steg 1", Arrays.asList(step1And2[0], step1And2[1])),
                        new ChartFigures.Series("Steg 2", Arrays.asList(step1And2[2], step1And2[3]))),
                "Inget steg har avslutats.");
    }

    @Test
    void everyValueIsDrawnWithItsSeriesAndUnitAndAMissingOneIsNot() {
        Chart chart = charts.bars(
                "diagram-ledtider", leadTimes(new BigDecimal("12.5"), new BigDecimal("30"), null, new BigDecimal("4")));

        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        List<String> labels = svg.select("text").eachText();
        assertThat(labels).contains("Steg 1: 12,5 dagar", "Steg 1: 30 dagar", "Steg 2: 4 dagar");
        assertThat(labels.stream().filter(l -> l.startsWith("Steg 2:"))).containsExactly("Steg 2: 4 dagar");
        assertThat(chart.figures().rows())
                .containsExactly(
                        new ChartFigures.Row("Norsjö", List.of("12,5 dagar", "–")),
                        new ChartFigures.Row("Sorsele", List.of("30 dagar", "4 dagar")));
    }

    @Test
    void theSvgIsAnImageWithSwedishTitleDescriptionAndIdsOfItsOwn() {
        Chart chart =
                charts.bars("diagram-ledtider", leadTimes(BigDecimal.ONE, BigDecimal.TEN, null, BigDecimal.valueOf(3)));

        assertThat(chart.svg()).startsWith("<svg");
        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        var root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("xml:lang")).isEqualTo("sv");
        assertThat(root.child(0).tagName()).isEqualTo("title");
        assertThat(root.child(0).text()).isEqualTo("Ledtid per steg");
        assertThat(root.child(1).tagName()).isEqualTo("desc");
        assertThat(root.child(1).text())
                .startsWith("Liggande stapeldiagram")
                .contains("Norsjö: Steg 1 1 dagar, Steg 2 –.", "Sorsele: Steg 1 10 dagar, Steg 2 3 dagar.");
        assertThat(svg.select("[id]").eachAttr("id")).isNotEmpty().allMatch(id -> id.startsWith("diagram-ledtider-"));
        assertThat(chart.pdfSvg()).startsWith("<svg alt=\"Ledtid per steg\"");
    }

    @Test
    void aHostileLabelStaysText() {
        ChartFigures figures = new ChartFigures(
                "Närvaro",
                "Kommun",
                "Närvaro (procent)",
                " %",
                List.of("<script>alert(1)</script> & <b>"),
                List.of(new ChartFigures.Series("Närvaro", BigDecimal.TEN)),
                "Ingen närvaro.");

        Chart chart = charts.bars("diagram-narvaro", figures);

        assertThat(chart.svg()).doesNotContain("<script").doesNotContain("<b>");
        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        assertThat(svg.select("script")).isEmpty();
        assertThat(svg.select("desc").text()).contains("<script>alert(1)</script> & <b>: 10 %");
    }

    @Test
    void nothingToDrawGivesNoSvgButTheSentence() {
        Chart chart = charts.bars("diagram-ledtider", leadTimes(null, null, null, null));

        assertThat(chart.drawn()).isFalse();
        assertThat(chart.svg()).isNull();
        assertThat(chart.figures().emptyText()).isEqualTo("Inget steg har avslutats.");
    }

    @Test
    void figuresMustGiveAValuePerCategoryAndAChartIdMustBeSafe() {
        assertThatThrownBy(() -> new ChartFigures(
                        "t",
                        "k",
                        "v",
                        "",
                        List.of("a", "b"),
                        List.of(new ChartFigures.Series("s", BigDecimal.ONE)),
                        "e"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charts.bars("\"><script>", leadTimes(BigDecimal.ONE, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
