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
import io.huiwu.documents.api.HandoverView;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The receipt of a hand-over to the holder's unit (移交清单), on A4 in the chassis's {@link PrintFont}, embedded: the
 * receipt's number, the unit and who received it there, a line per copy (document, mark, copy number, the person it
 * was issued to, when handed over), and the lines the three people sign: the member of staff who handed it over, the
 * unit's receiver and the authoriser.
 */
public final class HandoverReceiptPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);

    private HandoverReceiptPdf() {
    }

    /** The receipt of lines that share one receipt number, the oldest first. */
    public static byte[] write(List<HandoverView> lines, ZoneId zone, OffsetDateTime printedAt) {
        try {
            BaseFont base = PrintFont.forDocument();
            Font title = new Font(base, 18, Font.BOLD);
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter.getInstance(document, out);
            document.addTitle("涉密文件移交清单 " + lines.get(0).receiptNumber());
            document.open();
            Paragraph heading = new Paragraph("涉密文件移交清单", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph("清单编号：" + lines.get(0).receiptNumber(), text);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(10);
            document.add(number);

            PdfPTable facts = new PdfPTable(new float[] {1, 3});
            facts.setWidthPercentage(100);
            fact(facts, "接收单位", joined(lines, HandoverView::unit), text);
            fact(facts, "接收人", joined(lines, HandoverView::receivedBy), text);
            fact(facts, "批准人", joined(lines, HandoverView::authorisedBy), text);
            fact(facts, "经办人", joined(lines, HandoverView::actor), text);
            fact(facts, "份数", lines.size() + " 份", text);
            facts.setSpacingAfter(12);
            document.add(facts);

            PdfPTable table = new PdfPTable(new float[] {4, 26, 10, 7, 10, 12});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : List.of("序号", "文件标题", "密级", "份号", "原持有人", "移交时间")) {
                PdfPCell header = new PdfPCell(new Phrase(column, small));
                header.setBackgroundColor(HEADER);
                header.setPadding(4);
                table.addCell(header);
            }
            int n = 1;
            for (HandoverView line : lines) {
                for (String value : List.of(String.valueOf(n++), line.document(),
                        line.marking() == null ? "—" : line.marking(), line.copyNumber(),
                        line.holderName() == null ? "" : line.holderName(),
                        TIME.format(line.happenedAt().atZoneSameInstant(zone)))) {
                    PdfPCell cell = new PdfPCell(new Phrase(value, small));
                    cell.setPadding(4);
                    cell.setMinimumHeight(18);
                    table.addCell(cell);
                }
            }
            document.add(table);

            Paragraph terms = new Paragraph("上列文件自移交之日起由接收单位按涉密载体管理规定登记保管，不再清退会议；"
                    + "接收单位须核对份号，确认无误后签字。", small);
            terms.setSpacingBefore(12);
            document.add(terms);

            PdfPTable signatures = new PdfPTable(3);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(36);
            for (String who : List.of("移交人", "接收人", "批准人")) {
                PdfPCell line = new PdfPCell(new Phrase(who + "（签字）：____________\n\n日期：____________",
                        text));
                line.setBorder(Rectangle.NO_BORDER);
                signatures.addCell(line);
            }
            document.add(signatures);
            Paragraph printed = new Paragraph("打印时间 " + TIME.format(printedAt.atZoneSameInstant(zone))
                    + "　本清单一式两份，移交、接收双方各执一份", small);
            printed.setSpacingBefore(24);
            document.add(printed);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the hand-over receipt", e);
        }
    }

    private static void fact(PdfPTable facts, String label, String value, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setBackgroundColor(HEADER);
        name.setPadding(5);
        facts.addCell(name);
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(5);
        facts.addCell(cell);
    }

    private static String joined(List<HandoverView> lines, Function<HandoverView, String> field) {
        Set<String> values = lines.stream().map(field).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return String.join("、", values);
    }
}
