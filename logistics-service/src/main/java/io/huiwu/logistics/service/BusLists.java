package io.huiwu.logistics.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import io.huiwu.logistics.api.BusPlanView;
import io.huiwu.logistics.api.SiteVisitView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The bus list of a site visit (乘车表): bus by bus, its plate, driver and marshal, then its riders by seat with
 * their discussion group and delegation, conveners marked. As a workbook (one line per rider) and as an A4 PDF, a
 * bus to a block, set in {@link PrintFont} (embedded).
 */
public final class BusLists {

    static final List<String> HEADINGS = List.of("车号", "车牌", "司机", "司机电话", "带车人", "座位", "姓名", "讨论组",
            "召集人", "代表团");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

    private BusLists() {
    }

    static String title(SiteVisitView visit) {
        return visit.name() + " 乘车表";
    }

    static String when(SiteVisitView visit) {
        return TIME.format(visit.startsAt().atZoneSameInstant(PickupPlanning.ZONE)) + " 出发"
                + (visit.place() == null ? "" : "，集合地点：" + visit.place());
    }

    /** The lines of the workbook, in print order. */
    static List<List<String>> lines(List<BusPlanView.Bus> buses) {
        List<List<String>> lines = new ArrayList<>();
        for (BusPlanView.Bus bus : buses) {
            for (BusPlanView.Rider rider : bus.riders()) {
                lines.add(List.of(bus.number() + "号车", bus.plate(), blank(bus.driverName()),
                        blank(bus.driverPhone()), bus.marshal() == null ? "" : bus.marshal().name(),
                        String.valueOf(rider.seat()), rider.name(), blank(rider.group()), rider.convener() ? "是" : "",
                        blank(rider.delegation())));
            }
        }
        return lines;
    }

    public static byte[] workbook(SiteVisitView visit, List<BusPlanView.Bus> buses) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("乘车表");
            row(sheet, 0, List.of(title(visit), when(visit)));
            row(sheet, 1, HEADINGS);
            int r = 2;
            for (List<String> line : lines(buses)) {
                row(sheet, r++, line);
            }
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(SiteVisitView visit, List<BusPlanView.Bus> buses) {
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(title(visit));
            document.open();
            Paragraph title = new Paragraph(title(visit), new Font(font, 18, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph when = new Paragraph(when(visit), new Font(font, 11));
            when.setAlignment(Element.ALIGN_CENTER);
            when.setSpacingAfter(10);
            document.add(when);
            if (buses.isEmpty()) {
                document.add(new Paragraph("尚未安排车辆。", new Font(font, 12)));
            }
            Font head = new Font(font, 12, Font.BOLD);
            Font bold = new Font(font, 10, Font.BOLD);
            Font body = new Font(font, 10);
            for (BusPlanView.Bus bus : buses) {
                Paragraph heading = new Paragraph(bus.number() + "号车　" + bus.plate() + "（" + bus.kind().label()
                        + "，" + bus.seats() + "座）　司机：" + blank(bus.driverName()) + " " + blank(bus.driverPhone())
                        + "　带车人：" + (bus.marshal() == null ? "待定" : bus.marshal().name()), head);
                heading.setSpacingBefore(8);
                heading.setSpacingAfter(4);
                document.add(heading);
                PdfPTable table = new PdfPTable(5);
                table.setWidthPercentage(100);
                table.setWidths(new float[] {8, 20, 22, 10, 40});
                table.setHeaderRows(1);
                for (String text : List.of("座位", "姓名", "讨论组", "召集人", "代表团")) {
                    PdfPCell cell = new PdfPCell(new Phrase(text, bold));
                    cell.setBackgroundColor(HEADER);
                    cell.setPadding(3);
                    table.addCell(cell);
                }
                for (BusPlanView.Rider rider : bus.riders()) {
                    for (String text : List.of(String.valueOf(rider.seat()), rider.name(), blank(rider.group()),
                            rider.convener() ? "召集人" : "", blank(rider.delegation()))) {
                        PdfPCell cell = new PdfPCell(new Phrase(text, body));
                        cell.setPadding(3);
                        table.addCell(cell);
                    }
                }
                document.add(table);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the bus list", e);
        }
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
