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
import java.time.LocalDate;

/**
 * A bulletin (会议简报) as it is printed: the masthead in red, the issue (第N期; a bulletin not yet published says
 * so), the issuing body on the left and the date on the right, a red rule, then the title and the body, and at the
 * foot who it goes to. A4 portrait, the chassis's {@link PrintFont} embedded.
 */
public final class BulletinPdf {

    /** What the page shows; number is null until the bulletin is published, distribution empty until then. */
    public record Issue(String masthead, Integer number, String issuingBody, LocalDate date, String title,
            String body, String distribution) {
    }

    private static final Color RED = new Color(0xC8, 0x10, 0x1E);

    private BulletinPdf() {
    }

    public static byte[] write(Issue issue) {
        return write(issue, issue.number() == null ? "（未印发）" : "第" + issue.number() + "期");
    }

    /** The same layout with the line under the masthead given (none when null): a summary has no number. */
    static byte[] write(Issue issue, String numberLine) {
        try {
            BaseFont base = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 72, 72, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(issue.title());
            document.open();

            Paragraph masthead = new Paragraph(spaced(issue.masthead()), new Font(base, 40, Font.BOLD, RED));
            masthead.setAlignment(Element.ALIGN_CENTER);
            masthead.setSpacingAfter(10);
            document.add(masthead);
            if (numberLine != null) {
                Paragraph number = new Paragraph(numberLine, new Font(base, 16));
                number.setAlignment(Element.ALIGN_CENTER);
                number.setSpacingAfter(14);
                document.add(number);
            }

            PdfPTable byline = new PdfPTable(2);
            byline.setWidthPercentage(100);
            Font small = new Font(base, 13);
            byline.addCell(cell(issue.issuingBody(), small, Element.ALIGN_LEFT));
            byline.addCell(cell(issue.date().getYear() + "年" + issue.date().getMonthValue() + "月"
                    + issue.date().getDayOfMonth() + "日", small, Element.ALIGN_RIGHT));
            byline.setSpacingAfter(18);
            document.add(byline);

            Paragraph title = new Paragraph(issue.title(), new Font(base, 20, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(16);
            document.add(title);
            Font text = new Font(base, 14);
            for (String line : issue.body().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Paragraph paragraph = new Paragraph(26, line.strip(), text);
                paragraph.setFirstLineIndent(28);
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
            if (!issue.distribution().isEmpty()) {
                PdfPTable foot = new PdfPTable(1);
                foot.setWidthPercentage(100);
                foot.setSpacingBefore(24);
                PdfPCell to = new PdfPCell(new Phrase("发：" + issue.distribution(), new Font(base, 12)));
                to.setBorder(Rectangle.TOP);
                to.setBorderWidthTop(0.8f);
                to.setPaddingTop(6);
                foot.addCell(to);
                document.add(foot);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot print the bulletin " + issue.title(), e);
        }
    }

    /** A cell of the line above the red rule, which is the cells' bottom border. */
    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColorBottom(RED);
        cell.setBorderWidthBottom(2.5f);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(8);
        return cell;
    }

    /** A short masthead letter-spaced, as mastheads are set (简　报). */
    private static String spaced(String masthead) {
        if (masthead.length() > 4) {
            return masthead;
        }
        return String.join("\u3000", masthead.split(""));
    }
}
