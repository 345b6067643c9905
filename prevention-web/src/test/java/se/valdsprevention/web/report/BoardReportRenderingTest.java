package se.valdsprevention.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The board report's PDF as PDFBox reads it back, rendered without the application around it. */
class BoardReportRenderingTest {

    static final BoardReport RENDERER = BoardReportFixtures.renderer();

    @Test
    void aTypicalReportHasEverySectionInAFewPagesWithSmallCountsSuppressed() {
        BoardReportPdf pdf = BoardReportPdf.read(RENDERER.render(BoardReportFixtures.report(12, 3, true, 4, 6)));

        assertThat(pdf.flat())
                .contains(
                        "Rapport till kommunstyrelsen",
                        "Norsjö kommun (2417)",
                        "1. Lägesbild",
                        "2. Jämställdhetsanalys",
                        "Flickor är mer otrygga kvällstid än pojkar.",
                        "3. Handlingsplan",
                        "Ingen ska utsättas för våld i kommunen.",
                        "Samtal i varje klass med en beprövad metod.",
                        "4. Uppföljning",
                        "Mandat för kommunteamet",
                        "genomförd");
        assertThat(pdf.text()).doesNotContain("UTKAST");
        String row = pdf.between(BoardReportFixtures.SMALL_INDICATOR, "Anmälda brott, slag 1");
        assertThat(row).contains("färre än 5").contains("15");
        assertThat(row).doesNotContainPattern("(?<![\\d,])3(?![\\d,])").doesNotContain("12");
        assertThat(pdf.pages()).isBetween(3, 10);
    }

    @Test
    void everyFontIsEmbeddedTheLanguageIsSwedishAndTagsAreRequested() {
        BoardReportPdf pdf = BoardReportPdf.read(RENDERER.render(BoardReportFixtures.report(12, 3, true, 4, 6)));

        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        assertThat(pdf.fonts()).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.title()).isEqualTo("Rapport till kommunstyrelsen – Norsjö");
    }

    @Test
    void aDraftIsMarkedAsADraft() {
        BoardReportPdf pdf = BoardReportPdf.read(RENDERER.render(BoardReportFixtures.report(3, 1, false, 1, 1)));

        assertThat(pdf.text())
                .contains("UTKAST: lägesbilden är inte fastställd")
                .contains("utkast (version 4)");
    }

    /**
     * Page 1 for the user guide: docs/images/board-report-page1.png, the same bytes for the same report; the whole
     * report goes to target/board-report/rapport.pdf for a look.
     */
    @Test
    void pageOneRendersAsAnImageForTheUserGuide() throws IOException {
        byte[] report = RENDERER.render(BoardReportFixtures.report(12, 3, true, 4, 6));
        byte[] png;
        try (PDDocument document = Loader.loadPDF(report)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            png = out.toByteArray();
        }

        assertThat(png.length).isLessThan(200 * 1024);
        Path target = Files.createDirectories(Path.of("target", "board-report"));
        Files.write(target.resolve("rapport.pdf"), report);
        Path images = Path.of("..", "docs", "images");
        if (Files.isDirectory(images)) {
            Files.write(images.resolve("board-report-page1.png"), png);
        }
    }
}
