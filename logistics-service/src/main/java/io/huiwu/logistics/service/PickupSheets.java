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
import io.huiwu.logistics.api.PickupPlanView;
import io.huiwu.logistics.api.PickupView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The pickup table (接站安排表): one line per rider, by wave time, place and vehicle, with the arrival time, train or
 * flight, station, who (and how many with them), the vehicle and seat, the driver and the staff member in charge.
 * As a workbook, and as an A4 landscape PDF set in {@link PrintFont} (embedded).
 */
public final class PickupSheets {

    static final List<String> HEADINGS = List.of("到达时间", "车次/航班", "车站/机场", "姓名", "代表团", "随行",
            "车辆", "座位", "司机", "司机电话", "责任人", "前往");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

    private PickupSheets() {
    }

    /** The lines of the table, in print order. */
    static List<List<String>> lines(List<PickupView> pickups) {
        List<List<String>> lines = new ArrayList<>();
        for (PickupView pickup : pickups) {
            for (PickupPlanView.Rider rider : pickup.riders()) {
                lines.add(List.of(time(rider.arrivalAt()), rider.number() == null ? "" : rider.number(),
                        pickup.place(), rider.name(), blank(rider.delegation()),
                        rider.companions() == 0 ? "" : String.valueOf(rider.companions()),
                        pickup.plate() + "（" + pickup.kind().label() + "）", PickupPlanning.chinese(rider.position()),
                        blank(pickup.driverName()), blank(pickup.driverPhone()), blank(pickup.staffInCharge()),
                        pickup.hotel() == null ? "未分房" : pickup.hotel()));
            }
        }
        return lines;
    }

    public static byte[] workbook(List<PickupView> pickups) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("接站安排表");
            row(sheet, 0, HEADINGS);
            int r = 1;
            for (List<String> line : lines(pickups)) {
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

    public static byte[] pdf(List<PickupView> pickups) {
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle("接站安排表");
            document.open();
            Paragraph title = new Paragraph("接站安排表", new Font(font, 18, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            document.add(title);
            List<List<String>> lines = lines(pickups);
            if (lines.isEmpty()) {
                document.add(new Paragraph("尚未安排接站。", new Font(font, 12)));
            } else {
                PdfPTable table = new PdfPTable(HEADINGS.size());
                table.setWidthPercentage(100);
                table.setWidths(new float[] {10, 7, 9, 8, 12, 4, 16, 8, 7, 10, 10, 9});
                table.setHeaderRows(1);
                Font head = new Font(font, 9, Font.BOLD);
                Font body = new Font(font, 9);
                for (String heading : HEADINGS) {
                    PdfPCell cell = new PdfPCell(new Phrase(heading, head));
                    cell.setBackgroundColor(HEADER);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                for (List<String> line : lines) {
                    for (String text : line) {
                        PdfPCell cell = new PdfPCell(new Phrase(text, body));
                        cell.setPadding(4);
                        table.addCell(cell);
                    }
                }
                document.add(table);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the pickup table", e);
        }
    }

    private static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(PickupPlanning.ZONE));
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
