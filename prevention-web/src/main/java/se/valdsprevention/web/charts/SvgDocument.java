package se.valdsprevention.web.charts;

import java.awt.Dimension;
import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One SVG document drawn through Batik's {@link SVGGraphics2D}, made accessible: a {@code viewBox}, {@code
 * role="img"}, and a Swedish {@code <title>} and {@code <desc>} first, as screen readers expect. Text stays text
 * (not outlines) in the generic family {@code sans-serif}, so it is small, searchable and escaped by Batik.
 */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Document document;
    private final SVGGraphics2D graphics;
    private final String idPrefix;
    private final int width;
    private final int height;

    SvgDocument(int width, int height) {
        this(width, height, "");
    }

    /**
     * A document whose ids (clip paths, for one) all begin with {@code idPrefix}, so that several documents can
     * stand inline in one page without one's {@code url(#clipPath1)} pointing into another.
     */
    SvgDocument(int width, int height, String idPrefix) {
        this.idPrefix = idPrefix;
        this.width = width;
        this.height = height;
        this.document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(2);
        context.setEmbeddedFontsOn(false);
        if (!idPrefix.isEmpty()) {
            context.setIDGenerator(new SVGIDGenerator() {
                @Override
                public String generateID(String prefix) {
                    return idPrefix + super.generateID(prefix);
                }
            });
        }
        this.graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
    }

    SVGGraphics2D graphics() {
        return graphics;
    }

    /** The finished document as UTF-8 text, with its title and description. */
    String write(String title, String description) {
        Element root = graphics.getRoot();
        if (!idPrefix.isEmpty()) {
            // Batik gives its shared definitions a fixed id (nothing refers to it), which would repeat on a page.
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.hasAttribute("id")) {
                    String id = element.getAttribute("id");
                    if (!id.startsWith(idPrefix)) {
                        element.setAttribute("id", idPrefix + id);
                    }
                }
            }
        }
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "role", "img");
        root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "sv");
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setTextContent(description);
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setTextContent(title);
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(titleElement, desc);
        SVGCSSStyler.style(root);
        // Batik's default text style names the JDK's logical font, which browsers do not know.
        root.setAttributeNS(null, "style", root.getAttribute("style").replace("'Dialog'", "sans-serif"));
        StringWriter out = new StringWriter();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(root), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the chart's SVG", e);
        } finally {
            graphics.dispose();
        }
        return out.toString();
    }
}
