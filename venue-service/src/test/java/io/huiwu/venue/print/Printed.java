package io.huiwu.venue.print;

import io.huiwu.chassis.testing.PdfFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading back what was printed: SVG as XML, PDF text and fonts; each file is also left in target/printed-charts. */
public final class Printed {

    private Printed() {
    }

    /** Leaves the file in {@code target/printed-charts/} to be looked at. */
    public static void keep(String name, byte[] content) {
        try {
            Files.write(Files.createDirectories(Path.of("target", "printed-charts")).resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SVG parsed as XML (which fails if it is not well-formed). */
    public static Document svg(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of every element of that name, in document order. */
    public static List<String> texts(Document svg, String element) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /**
     * The PDF's text in the order it was drawn, without white space: a name set vertically comes out one character
     * a line, which this joins up again.
     */
    public static String pdfText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        return stripper.getText(pdf).replaceAll("[\\s\\u3000]+", "");
    }

    /** Opens the PDF and checks that every font it uses is embedded. */
    public static PDDocument pdf(byte[] bytes) throws IOException {
        PDDocument pdf = Loader.loadPDF(bytes);
        List<PdfFonts.Font> fonts = PdfFonts.of(pdf);
        assertFalse(fonts.isEmpty(), "no fonts");
        for (PdfFonts.Font font : fonts) {
            assertTrue(font.embedded(), font.name() + " is not embedded");
        }
        return pdf;
    }
}
