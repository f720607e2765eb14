package io.huiwu.registration.checkin;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.testing.PdfFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link PdfFonts} finds the fonts a reader would have to supply, wherever they are used. */
class PdfFontsTest {

    @Test
    void aFontOnlyAFormXObjectUsesIsFound() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            pdf.addPage(page);
            PDFormXObject form = new PDFormXObject(pdf);
            form.setBBox(PDRectangle.A6);
            form.setResources(new PDResources());
            try (PDFormContentStream text = new PDFormContentStream(form)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("No. CX0001");
                text.endText();
            }
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(form);
            }
            assertEquals(List.of(new PdfFonts.Font("Helvetica", false)), PdfFonts.of(pdf));
        }
    }

    @Test
    void aChineseFontLeftToTheReaderIsFound() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED), 12);
        canvas.showText("出席证");
        canvas.endText();
        document.close();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(List.of(new PdfFonts.Font("STSong-Light-UniGB-UCS2-H", false)), PdfFonts.of(pdf));
        }
    }
}
