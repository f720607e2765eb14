package io.huiwu.registration.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The printed roster as a PDF: A4, a table per delegation whose heading and column headings repeat on every page it
 * spans, the roster's title and edition at the head of each page and "第 1 页 共 N 页" at its foot; a draft carries
 * 草稿 across every page. The text is set in {@link PrintFont}, embedded, so it prints the same on any machine. The
 * document is laid out twice: the first time to count its pages.
 */
final class RosterPdf {

    private static final String[] HEADINGS = {"序号", "姓名", "性别", "类别", "单位", "职务"};
    private static final float[] WIDTHS = {7, 13, 6, 10, 36, 28};
    private static final Color RULE = new Color(0x80, 0x80, 0x80);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

    private RosterPdf() {
    }

    static byte[] render(RosterPrinting.PrintedRoster roster, boolean newPagePerDelegation)
            throws DocumentException, IOException {
        int pages = layOut(roster, newPagePerDelegation, 0).pages;
        return layOut(roster, newPagePerDelegation, pages).out.toByteArray();
    }

    private static Frame layOut(RosterPrinting.PrintedRoster roster, boolean newPagePerDelegation, int pages)
            throws DocumentException, IOException {
        BaseFont font = PrintFont.forDocument();
        Frame frame = new Frame(roster, font, pages);
        Document document = new Document(PageSize.A4, 42, 42, 92, 60);
        PdfWriter writer = PdfWriter.getInstance(document, frame.out);
        writer.setPageEvent(frame);
        document.addTitle(roster.title());
        document.open();
        if (roster.groups().isEmpty()) {
            document.add(new Paragraph("名册中没有人员。", new Font(font, 11)));
        }
        boolean first = true;
        for (RosterPrinting.Group group : roster.groups()) {
            if (!first && newPagePerDelegation) {
                document.newPage();
            }
            PdfPTable table = table(group, font);
            if (!first && !newPagePerDelegation) {
                table.setSpacingBefore(16);
            }
            document.add(table);
            first = false;
        }
        document.close();
        return frame;
    }

    /** A delegation's table: its heading and the column headings, repeated where it continues, then its people. */
    private static PdfPTable table(RosterPrinting.Group group, BaseFont font) throws DocumentException {
        PdfPTable table = new PdfPTable(HEADINGS.length);
        table.setWidthPercentage(100);
        table.setWidths(WIDTHS);
        table.setHeaderRows(2);
        PdfPCell heading = new PdfPCell(new Phrase(group.heading(), new Font(font, 12, Font.BOLD)));
        heading.setColspan(HEADINGS.length);
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPaddingBottom(6);
        table.addCell(heading);
        Font headingFont = new Font(font, 10.5f, Font.BOLD);
        for (String text : HEADINGS) {
            PdfPCell cell = cell(text, headingFont, Element.ALIGN_CENTER);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        Font body = new Font(font, 10.5f);
        for (RosterPrinting.Line line : group.lines()) {
            table.addCell(cell(Integer.toString(line.number()), body, Element.ALIGN_CENTER));
            table.addCell(cell(line.name(), body, Element.ALIGN_LEFT));
            table.addCell(cell(line.gender(), body, Element.ALIGN_CENTER));
            table.addCell(cell(line.category(), body, Element.ALIGN_CENTER));
            table.addCell(cell(line.unit(), body, Element.ALIGN_LEFT));
            table.addCell(cell(line.title(), body, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** Writes the head and foot of each page (and a draft's mark) and counts the pages. */
    private static final class Frame extends PdfPageEventHelper {

        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final RosterPrinting.PrintedRoster roster;
        private final BaseFont font;
        private final int total;
        int pages;

        Frame(RosterPrinting.PrintedRoster roster, BaseFont font, int total) {
            this.roster = roster;
            this.font = font;
            this.total = total;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages = writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            canvas.saveState();
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            canvas.setLineWidth(0.4f);
            text(canvas, roster.title(), 16, centre, document.top() + 52);
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            text(canvas, roster.subtitle(), 10, centre, document.top() + 32);
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.8f);
            canvas.moveTo(document.left(), document.top() + 20);
            canvas.lineTo(document.right(), document.top() + 20);
            canvas.stroke();
            text(canvas, "第 " + pages + " 页 共 " + total + " 页", 9, centre, document.bottom() - 30);
            canvas.restoreState();
            if (roster.draft()) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.12f);
                under.setGState(faint);
                under.beginText();
                under.setFontAndSize(font, 120);
                under.setColorFill(Color.GRAY);
                under.showTextAligned(PdfContentByte.ALIGN_CENTER, "草稿", centre,
                        (document.top() + document.bottom()) / 2 - 40, 45);
                under.endText();
                under.restoreState();
            }
        }

        private void text(PdfContentByte canvas, String text, float size, float centre, float baseline) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(Color.BLACK);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text, centre, baseline, 0);
            canvas.endText();
        }
    }
}
