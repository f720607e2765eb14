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
import io.huiwu.logistics.api.ClearanceView;
import io.huiwu.logistics.api.SendOffPlanView;
import io.huiwu.logistics.api.SendOffView;
import io.huiwu.logistics.domain.transport.PickupPlanning;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
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
 * The send-off table (送站表): one line per rider, by leaving time and vehicle, with when the vehicle leaves and from
 * which hotel, the train or flight and when it leaves, the station, who (and how many with them), the vehicle and
 * seat, the driver, the staff member in charge, and the person's clearance (清退). A person still holding copies
 * that must come back is marked: the line is shaded and says what is due. As a workbook, and as an A4 landscape PDF
 * set in {@link PrintFont} (embedded).
 */
public final class SendOffSheets {

    static final List<String> HEADINGS = List.of("发车时间", "出发地", "车次/航班", "开车/起飞", "车站/机场", "姓名",
            "代表团", "随行", "车辆", "座位", "司机", "司机电话", "责任人", "文件清退");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);
    private static final Color FLAGGED = new Color(0xF8, 0xD7, 0xDA);

    private SendOffSheets() {
    }

    /** A line of the table, and whether it is marked. */
    record Line(List<String> cells, boolean flagged) {
    }

    static List<Line> lines(List<SendOffView> sendOffs) {
        List<Line> lines = new ArrayList<>();
        for (SendOffView sendOff : sendOffs) {
            for (SendOffPlanView.Rider rider : sendOff.riders()) {
                lines.add(new Line(List.of(time(sendOff.leaveAt()), sendOff.hotel() == null ? "未分房" : sendOff.hotel(),
                        rider.number() == null ? "" : rider.number(), time(rider.departsAt()), sendOff.place(),
                        rider.name(), blank(rider.delegation()),
                        rider.companions() == 0 ? "" : String.valueOf(rider.companions()),
                        sendOff.plate() + "（" + sendOff.kind().label() + "）", PickupPlanning.chinese(rider.position()),
                        blank(sendOff.driverName()), blank(sendOff.driverPhone()), blank(sendOff.staffInCharge()),
                        clearance(rider.clearance())), ClearanceService.BLOCKED.equals(rider.clearance().status())));
            }
        }
        return lines;
    }

    static String clearance(ClearanceView clearance) {
        return switch (clearance.status()) {
            case ClearanceService.CLEARED -> "已清退";
            case ClearanceService.BLOCKED -> "未清退：" + clearance.dueText();
            default -> "未知";
        };
    }

    public static byte[] workbook(List<SendOffView> sendOffs) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("送站表");
            CellStyle flagged = workbook.createCellStyle();
            flagged.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            row(sheet, 0, HEADINGS, null);
            int r = 1;
            for (Line line : lines(sendOffs)) {
                row(sheet, r++, line.cells(), line.flagged() ? flagged : null);
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

    public static byte[] pdf(List<SendOffView> sendOffs) {
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle("送站表");
            document.open();
            Paragraph title = new Paragraph("送站表", new Font(font, 18, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            document.add(title);
            List<Line> lines = lines(sendOffs);
            if (lines.isEmpty()) {
                document.add(new Paragraph("尚未安排送站。", new Font(font, 12)));
            } else {
                PdfPTable table = new PdfPTable(HEADINGS.size());
                table.setWidthPercentage(100);
                table.setWidths(new float[] {8, 8, 6, 8, 7, 6, 9, 4, 12, 6, 6, 9, 9, 14});
                table.setHeaderRows(1);
                Font head = new Font(font, 8, Font.BOLD);
                Font body = new Font(font, 8);
                Font alert = new Font(font, 8, Font.BOLD, new Color(0x9B, 0x1C, 0x1C));
                for (String heading : HEADINGS) {
                    PdfPCell cell = new PdfPCell(new Phrase(heading, head));
                    cell.setBackgroundColor(HEADER);
                    cell.setPadding(3);
                    table.addCell(cell);
                }
                for (Line line : lines) {
                    for (int c = 0; c < line.cells().size(); c++) {
                        boolean last = c == line.cells().size() - 1;
                        PdfPCell cell = new PdfPCell(new Phrase(line.cells().get(c),
                                line.flagged() && last ? alert : body));
                        cell.setPadding(3);
                        if (line.flagged()) {
                            cell.setBackgroundColor(FLAGGED);
                        }
                        table.addCell(cell);
                    }
                }
                document.add(table);
                Paragraph note = new Paragraph("底色标出者尚有须清退的文件，送站前请先收回。", new Font(font, 9));
                note.setSpacingBefore(6);
                document.add(note);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the send-off table", e);
        }
    }

    private static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(PickupPlanning.ZONE));
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }
}
