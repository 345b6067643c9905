package se.valdsprevention.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The figure fragment a page places a chart with: an image with alt text and a visible caption, escaped. */
class FigureFragmentTest {

    @Test
    void aChartIsAFigureWithAnImageAndACaption() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        Context context = new Context();
        context.setVariable("src", "/kommuner/2417/lagesbild/diagram/kon.svg?cykel=a&b");
        context.setVariable("caption", "Kvinnor & män <script>");

        String html = engine.process(
                "<main><div th:replace=\"~{prevention/charts/figure :: figure(${src}, ${caption})}\"></div></main>",
                context);

        assertThat(html).doesNotContain("<script>");
        Element figure = Jsoup.parse(html).selectFirst("main > figure.chart");
        assertThat(figure).isNotNull();
        assertThat(figure.selectFirst("img").attr("src"))
                .isEqualTo("/kommuner/2417/lagesbild/diagram/kon.svg?cykel=a&b");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Diagram: Kvinnor & män <script>");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Kvinnor & män <script>");
    }
}
