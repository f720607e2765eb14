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
import io.huiwu.documents.api.DepartureView;
import io.huiwu.documents.api.LeavingHolderView;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The list the desk that collects copies works from (离会人员文件清退表), A4 landscape in the chassis's
 * {@link PrintFont}, embedded: a block per person leaving, soonest first (name, delegation, when and how they leave),
 * a line per copy they must hand back (document, mark, copy number, state) with a box for the one who hands it back
 * to sign, and at the foot the lines the member of staff who collected them and the checker sign.
 */
public final class LeavingListPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);
    private static final Map<String, String> SOURCES = Map.of("SEND_OFF", "送站", "TICKET", "送站（代订票）",
            "REPORTED", "自报行程");
    private static final Map<String, String> MODES = Map.of("TRAIN", "火车", "FLIGHT", "航班", "CAR", "自驾",
            "OTHER", "其他");
    private static final Map<String, String> STATES = Map.of("ISSUED", "已发放", "LOANED", "借阅");

    private LeavingListPdf() {
    }

    public static byte[] write(List<LeavingHolderView> people, int withinHours, ZoneId zone, OffsetDateTime now) {
        try {
            BaseFont base = PrintFont.forDocument();
            Font title = new Font(base, 18, Font.BOLD);
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle("离会人员文件清退表");
            document.open();
            Paragraph heading = new Paragraph("离会人员文件清退表", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            int copies = people.stream().mapToInt(p -> p.copies().size()).sum();
            Paragraph scope = new Paragraph("截至 " + PRINTED.format(now.atZoneSameInstant(zone)) + "，" + withinHours
                    + " 小时内或清退截止前离会、仍持有须清退文件的人员：" + people.size() + " 人，" + copies + " 份",
                    text);
            scope.setAlignment(Element.ALIGN_CENTER);
            scope.setSpacingAfter(10);
            document.add(scope);

            PdfPTable table = new PdfPTable(new float[] {3, 7, 8, 7, 9, 9, 22, 8, 6, 5, 9});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String column : List.of("序号", "姓名", "代表团", "离会时间", "车次/航班", "站点", "文件标题", "密级",
                    "份号", "状态", "交回人签字")) {
                PdfPCell header = new PdfPCell(new Phrase(column, small));
                header.setBackgroundColor(HEADER);
                header.setPadding(4);
                table.addCell(header);
            }
            int n = 1;
            for (LeavingHolderView person : people) {
                int rows = person.copies().size();
                DepartureView departure = person.departure();
                spanned(table, String.valueOf(n++), small, rows);
                spanned(table, orBlank(person.name()), small, rows);
                spanned(table, orBlank(person.delegation()), small, rows);
                spanned(table, TIME.format(departure.time().atZoneSameInstant(zone)) + "\n"
                        + SOURCES.getOrDefault(departure.source(), departure.source()), small, rows);
                spanned(table, trip(departure, zone), small, rows);
                spanned(table, orBlank(departure.station()), small, rows);
                for (int i = 0; i < rows; i++) {
                    LeavingHolderView.DueCopy copy = person.copies().get(i);
                    cell(table, copy.document(), small);
                    cell(table, copy.marking() == null ? "—" : copy.marking(), small);
                    cell(table, copy.copyNumber(), small);
                    cell(table, STATES.getOrDefault(copy.state().name(), copy.state().name()), small);
                    if (i == 0) {
                        spanned(table, "", small, rows);
                    }
                }
            }
            if (people.isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("无", small));
                none.setColspan(11);
                none.setPadding(6);
                none.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(none);
            }
            document.add(table);

            PdfPTable signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(30);
            for (String who : List.of("清退经办人", "复核人")) {
                PdfPCell line = new PdfPCell(new Phrase(who + "（签字）：____________　　日期：____________", text));
                line.setBorder(Rectangle.NO_BORDER);
                signatures.addCell(line);
            }
            document.add(signatures);
            Paragraph printed = new Paragraph("打印时间 " + PRINTED.format(now.atZoneSameInstant(zone))
                    + "　收回的文件当场核对份号，交回人在本表签字；收回后在系统中登记退回", small);
            printed.setSpacingBefore(18);
            document.add(printed);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the list of people leaving", e);
        }
    }

    private static String trip(DepartureView departure, ZoneId zone) {
        StringBuilder trip = new StringBuilder(MODES.getOrDefault(departure.mode(), orBlank(departure.mode())));
        if (departure.number() != null) {
            trip.append(' ').append(departure.number());
        }
        if (departure.tripAt() != null && !departure.tripAt().isEqual(departure.time())) {
            trip.append('\n').append(TIME.format(departure.tripAt().atZoneSameInstant(zone))).append(" 开");
        }
        if (departure.plate() != null) {
            trip.append('\n').append("送站车 ").append(departure.plate());
        }
        return trip.toString();
    }

    private static void spanned(PdfPTable table, String value, Font font, int rows) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setRowspan(Math.max(1, rows));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        cell.setMinimumHeight(20);
        table.addCell(cell);
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
