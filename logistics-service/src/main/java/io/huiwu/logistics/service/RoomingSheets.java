package io.huiwu.logistics.service;

import io.huiwu.logistics.api.RoomBlockUsageView;
import io.huiwu.logistics.api.RoomingColumn;
import io.huiwu.logistics.domain.RoomingField;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A hotel's rooming list as a workbook: its headers in the first row, then a row per guest, room by room; and, when
 * the hotel has a block or rooms in use, a second sheet of the rooms held against the rooms used per night.
 */
public final class RoomingSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RoomingSheets() {
    }

    /** The sheet of the block against use. */
    public static final String BLOCK_SHEET = "预订与入住 Block";

    private static final String[] BLOCK_HEADERS = {"日期 Night", "房型 Type", "预订 Blocked", "已用 Used",
        "剩余 Free", "超出 Over", "超订 Over-block"};

    public static byte[] write(String hotel, List<RoomingColumn> columns, List<Map<RoomingField, String>> rows) {
        return write(hotel, columns, rows, List.of());
    }

    public static byte[] write(String hotel, List<RoomingColumn> columns, List<Map<RoomingField, String>> rows,
            List<RoomBlockUsageView.Line> block) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(hotel));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, width(columns.get(c).field()) * 256);
            }
            int r = 1;
            for (Map<RoomingField, String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    row.createCell(c).setCellValue(values.getOrDefault(columns.get(c).field(), ""));
                }
            }
            sheet.createFreezePane(0, 1);
            if (!block.isEmpty()) {
                blockSheet(workbook.createSheet(BLOCK_SHEET), bold, block);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void blockSheet(Sheet sheet, CellStyle bold, List<RoomBlockUsageView.Line> block) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < BLOCK_HEADERS.length; c++) {
            header.createCell(c).setCellValue(BLOCK_HEADERS[c]);
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 14 * 256);
        }
        int r = 1;
        for (RoomBlockUsageView.Line line : block) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.night().toString());
            row.createCell(1).setCellValue(line.roomType().name());
            row.createCell(2).setCellValue(line.blocked());
            row.createCell(3).setCellValue(line.used());
            row.createCell(4).setCellValue(line.free());
            row.createCell(5).setCellValue(line.over());
            row.createCell(6).setCellValue(line.overBlock() ? "超订 OVER" : "");
        }
        sheet.createFreezePane(0, 1);
    }

    private static int width(RoomingField field) {
        return switch (field) {
            case SHARES_WITH, DELEGATION, SPECIAL_NEEDS -> 24;
            case ARRIVAL, DEPARTURE, CONFIRMATION -> 14;
            default -> 10;
        };
    }

    /** Excel refuses some characters and more than 31 in a sheet's name. */
    private static String sheetName(String hotel) {
        String name = hotel.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.isEmpty() ? "Rooming list" : name.substring(0, Math.min(31, name.length()));
    }
}
