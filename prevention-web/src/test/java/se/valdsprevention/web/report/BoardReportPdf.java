package se.valdsprevention.web.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A board report read back with PDFBox: its text, pages, fonts, language and tags. */
record BoardReportPdf(String text, int pages, List<PDFont> fonts, String language, boolean tagged, String title) {

    static BoardReportPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            var catalog = document.getDocumentCatalog();
            return new BoardReportPdf(
                    new PDFTextStripper().getText(document),
                    document.getNumberOfPages(),
                    fonts,
                    catalog.getLanguage(),
                    catalog.getMarkInfo() != null
                            && catalog.getMarkInfo().isMarked()
                            && catalog.getStructureTreeRoot() != null,
                    document.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space (line breaks in table cells too) as one space. */
    String flat() {
        return text.replaceAll("\\s+", " ");
    }

    /** The {@link #flat()} text from {@code from} up to (not including) {@code to}, or to the end. */
    String between(String from, String to) {
        String text = flat();
        int start = text.indexOf(from);
        if (start < 0) {
            throw new AssertionError("The report does not contain '" + from + "'");
        }
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }
}
