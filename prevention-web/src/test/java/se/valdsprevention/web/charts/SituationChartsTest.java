package se.valdsprevention.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.valdsprevention.web.charts.ChartFixtures.percent;
import static se.valdsprevention.web.charts.ChartFixtures.persons;
import static se.valdsprevention.web.charts.ChartFixtures.published;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.valdsprevention.core.situation.PublishedSituationPicture;
import se.valdsprevention.core.situation.PyramidLevel;

/** The charts as SVG documents: what they draw, what they never draw, and what a screen reader gets. */
class SituationChartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    /** The women's bar colour as Batik writes it. */
    private static final String WOMEN_FILL = "fill:rgb(179,64,10)";

    private static final String MEN_FILL = "fill:rgb(0,90,140)";

    private final SituationCharts charts = new SituationCharts();

    @Test
    void chartsAreDrawnHeadless() {
        charts.genderBars(published(2025, percent("p", "Andel", "41.5", "38")));

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void shownValuesGetLabelledBarsAndACountOfOneToFourGetsAMarkInstead() {
        String svg = charts.genderBars(published(
                2025,
                persons("harassed", "Utsatta för kränkningar", PyramidLevel.VIOLATIONS_AND_HARASSMENT, 3, 12, null),
                percent("attitudes", "Accepterar våld i relationer", "41.5", "38")));

        Document document = parse(svg);
        List<String> texts = texts(document);
        assertThat(texts).contains("Män: 12", "Kvinnor: 41,5", "Män: 38", "Kvinnor: färre än 5");
        assertThat(texts).noneMatch(text -> text.startsWith("Kvinnor: 3"));
        assertThat(texts).containsSubsequence("Enhet: personer", "Enhet: procent");
        // two panels (persons, percent) with a legend each; one women's bar (percent), two men's bars
        assertThat(count(svg, WOMEN_FILL)).isEqualTo(2 + 1);
        assertThat(count(svg, MEN_FILL)).isEqualTo(2 + 2);
    }

    @Test
    void theSuppressedNumberLeavesNoTraceAnywhereInTheDocument() {
        String withThree =
                charts.genderBars(published(2025, persons("harassed", "Utsatta för kränkningar", null, 3, 12, null)));
        String withOne =
                charts.genderBars(published(2025, persons("harassed", "Utsatta för kränkningar", null, 1, 12, null)));

        assertThat(withThree).isEqualTo(withOne).contains(Marks.FEWER_THAN_FIVE);
        assertThat(desc(parse(withThree))).contains("kvinnor färre än 5, män 12");
    }

    @Test
    void aValueHiddenToProtectAnotherIsMarkedAndItsNumberNotDrawn() {
        String svg =
                charts.genderBars(published(2025, persons("harassed", "Utsatta för kränkningar", null, 3, 12, 15)));
        String otherCounts =
                charts.genderBars(published(2025, persons("harassed", "Utsatta för kränkningar", null, 2, 12, 14)));

        assertThat(texts(parse(svg)))
                .contains("Kvinnor: " + Marks.FEWER_THAN_FIVE, "Män: " + Marks.HIDDEN_TO_PROTECT)
                .doesNotContain("Kvinnor: " + Marks.HIDDEN_TO_PROTECT, "Män: " + Marks.FEWER_THAN_FIVE)
                .noneMatch(text -> text.contains("12"));
        assertThat(svg).isEqualTo(otherCounts);
        // the legend only: no bar
        assertThat(count(svg, WOMEN_FILL)).isEqualTo(1);
        assertThat(count(svg, MEN_FILL)).isEqualTo(1);
    }

    @Test
    void theDocumentIsAnAccessibleImageWithASwedishTitleAndDescription() {
        String svg = charts.genderBars(published(2025, percent("attitudes", "Accepterar våld", "41.5", "38")));

        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("sv");
        Element title = first(root, "title");
        assertThat(title.getParentNode()).isSameAs(root);
        assertThat(title.getTextContent()).isEqualTo("Kvinnor och män per indikator, lägesbild 2025");
        assertThat(first(root, "desc").getTextContent())
                .startsWith("Liggande stapeldiagram med en stapel för kvinnor och en för män")
                .contains("Accepterar våld (procent): kvinnor 41,5, män 38.");
        assertThat(texts(parse(svg))).contains("Enhet: procent", "Värde (procent)", "Indikator");
    }

    @Test
    void markupInAnIndicatorNameIsEscaped() {
        String name = "<script>alert(\"x\")</script> & 'citat'";
        String svg = charts.genderBars(published(2025, percent("attitudes", name, "41.5", "38")));

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(desc(document)).contains(name);
        assertThat(String.join(" ", texts(document))).contains("<script>alert");
    }

    @Test
    void nothingToShowGivesASmallDocumentSayingSo() {
        PublishedSituationPicture noIndicators = published(2025);
        PublishedSituationPicture noSplit =
                published(2025, persons("total-only", "Anmälda brott", PyramidLevel.SERIOUS_VIOLENCE, null, null, 40));

        for (String svg : List.of(
                charts.genderBars(null),
                charts.genderBars(noIndicators),
                charts.genderBars(noSplit),
                charts.pyramid(noIndicators),
                charts.pyramid(null),
                charts.trend(List.of()),
                charts.trend(null))) {
            Document document = parse(svg);
            assertThat(first(document.getDocumentElement(), "title").getTextContent())
                    .isEqualTo("Inga uppgifter att visa");
            assertThat(texts(document)).containsExactly("Inga uppgifter att visa");
            assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        }
    }

    @Test
    void thePyramidCountsIndicatorsPerLevelFromTheTop() {
        String svg = charts.pyramid(published(
                2025,
                persons("a", "Kränkta elever", PyramidLevel.VIOLATIONS_AND_HARASSMENT, 3, 12, null),
                persons("b", "Trakasserade", PyramidLevel.VIOLATIONS_AND_HARASSMENT, 8, 9, null),
                persons("c", "Misshandel", PyramidLevel.SERIOUS_VIOLENCE, 6, 20, null),
                percent("d", "Attityder", "10", "12"),
                persons("e", "Utan nivå", null, 5, 5, null)));

        Document document = parse(svg);
        List<String> texts = texts(document);
        assertThat(texts)
                .contains("5. dödligt våld", "1. nedvärderande normer och attityder", "2", "1")
                .contains("1 indikator hör inte till någon nivå.");
        assertThat(texts.indexOf("5. dödligt våld")).isLessThan(texts.indexOf("1. nedvärderande normer och attityder"));
        assertThat(desc(document))
                .contains("2. kränkningar och trakasserier: 2 indikatorer.", "5. dödligt våld: 0 indikatorer.");
    }

    @Test
    void aTrendLeavesASuppressedPointOutAndMarksIt() {
        List<CycleFigures> cycles = List.of(
                new CycleFigures("2023", published(2023, persons("h", "Kränkta", null, 12, 10, null))),
                new CycleFigures("2024", published(2024, persons("h", "Kränkta", null, 3, 10, null))),
                new CycleFigures("2025", published(2025, persons("h", "Kränkta", null, 15, 11, null))));
        List<CycleFigures> otherHiddenValue = List.of(
                cycles.get(0),
                new CycleFigures("2024", published(2024, persons("h", "Kränkta", null, 4, 10, null))),
                cycles.get(2));

        String svg = charts.trend(cycles);

        Document document = parse(svg);
        assertThat(texts(document))
                .contains("Kränkta – kvinnor: färre än 5", "12", "15", "10", "11", "2023", "2024", "2025");
        assertThat(desc(document))
                .contains("Kränkta – kvinnor (personer): 2023 12, 2024 färre än 5, 2025 15.")
                .contains("Kränkta – män (personer): 2023 10, 2024 10, 2025 11.");
        assertThat(first(document.getDocumentElement(), "title").getTextContent())
                .isEqualTo("Indikatorernas utveckling över 3 cykler");
        assertThat(svg).isEqualTo(charts.trend(otherHiddenValue));
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    static String desc(Document document) {
        return first(document.getDocumentElement(), "desc").getTextContent();
    }

    static Element first(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        assertThat(nodes.getLength()).as("<%s>", name).isGreaterThan(0);
        return (Element) nodes.item(0);
    }

    /** How many shapes (bars, legend boxes) are filled with {@code fill}, as the SVG's styles cascade. */
    private static int count(String svg, String fill) {
        Document document = parse(svg);
        int count = 0;
        for (String shape : List.of("path", "rect")) {
            NodeList nodes = document.getElementsByTagNameNS(SVG, shape);
            for (int i = 0; i < nodes.getLength(); i++) {
                if (fill.equals(fillOf((Element) nodes.item(i)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String fillOf(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
            for (String declaration : e.getAttribute("style").split(";")) {
                String trimmed = declaration.replace(" ", "");
                if (trimmed.startsWith("fill:")) {
                    return trimmed;
                }
            }
        }
        return null;
    }
}
