package io.huiwu.documents.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A register as it is printed for the archive (立卷归档): a title, a line saying what it covers, a table whose
 * header repeats on every page, and the lines the people responsible sign, on A4 landscape in the chassis's
 * {@link PrintFont}, embedded. A register without rows says so instead of printing an empty table.
 */
public final class RegisterPdf {

    /** What a register shows. */
    public record Sheet(String title, String subtitle, List<String> columns, float[] widths, List<List<String>> rows,
            List<String> signatures) {
    }

    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);

    private RegisterPdf() {
    }

    public static byte[] write(Sheet sheet) {
        try {
            BaseFont base = PrintFont.forDocument();
            Font title = new Font(base, 16, Font.BOLD);
            Font small = new Font(base, 9);
            Font cell = new Font(base, 9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title());
            document.open();
            Paragraph heading = new Paragraph(sheet.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(4);
            document.add(heading);
            Paragraph subtitle = new Paragraph(sheet.subtitle(), small);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(10);
            document.add(subtitle);
            if (sheet.rows().isEmpty()) {
                document.add(new Paragraph("（无记录）", cell));
            } else {
                PdfPTable table = new PdfPTable(sheet.widths());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String column : sheet.columns()) {
                    PdfPCell header = new PdfPCell(new Phrase(column, cell));
                    header.setBackgroundColor(HEADER);
                    header.setPadding(4);
                    table.addCell(header);
                }
                for (List<String> row : sheet.rows()) {
                    for (String value : row) {
                        PdfPCell body = new PdfPCell(new Phrase(value == null ? "" : value, cell));
                        body.setPadding(4);
                        body.setMinimumHeight(18);
                        table.addCell(body);
                    }
                }
                document.add(table);
            }
            PdfPTable signatures = new PdfPTable(sheet.signatures().size());
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(24);
            for (String who : sheet.signatures()) {
                PdfPCell line = new PdfPCell(new Phrase(who + "（签字）：________________    日期：__________", small));
                line.setBorder(Rectangle.NO_BORDER);
                signatures.addCell(line);
            }
            document.add(signatures);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print " + sheet.title(), e);
        }
    }
}
