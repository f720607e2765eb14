package io.huiwu.registration.service;

import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.RosterColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads roster sheets (.xlsx, .csv) into rows of text, and writes the roster as an .xlsx sheet. */
public final class RosterSheets {

    public enum Format { CSV, XLSX }

    /** The rows of the first sheet, the heading row first, as text the way Excel shows it. */
    public static List<List<String>> read(byte[] file, Format format) throws IOException {
        return format == Format.XLSX ? readXlsx(file) : readCsv(file);
    }

    private static List<List<String>> readXlsx(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("the file is not an .xlsx workbook", e);
        }
        return rows;
    }

    /** UTF-8 (with or without BOM), or GB18030 as Excel saves CSV on Chinese Windows. */
    private static List<List<String>> readCsv(byte[] file) throws IOException {
        String text = decode(file);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(value.strip()));
                rows.add(cells);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException("the file is not readable CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, Charset.forName("GB18030"));
        }
    }

    /** The roster as a sheet: a numbered line per person, in the order given. */
    public static byte[] write(List<AttendeeView> attendees, String meetingName) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("名册");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            String[] headings = {"序号", RosterColumns.Column.NAME.heading(), RosterColumns.Column.GENDER.heading(),
                    RosterColumns.Column.CATEGORY.heading(), RosterColumns.Column.DELEGATION.heading(),
                    RosterColumns.Column.UNIT.heading(), RosterColumns.Column.TITLE.heading(),
                    RosterColumns.Column.RANK.heading(), RosterColumns.Column.PHONE.heading(),
                    RosterColumns.Column.ID_NUMBER.heading(), "核对状态"};
            for (int c = 0; c < headings.length; c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(headings[c]);
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (AttendeeView a : attendees) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(a.name());
                row.createCell(2).setCellValue(RosterColumns.label(a.gender()));
                row.createCell(3).setCellValue(RosterColumns.label(a.category()));
                row.createCell(4).setCellValue(a.delegation() == null ? "" : a.delegation());
                row.createCell(5).setCellValue(a.unit() == null ? "" : a.unit());
                row.createCell(6).setCellValue(a.title() == null ? "" : a.title());
                if (a.rank() != null) {
                    row.createCell(7).setCellValue(a.rank());
                }
                row.createCell(8).setCellValue(a.phone() == null ? "" : a.phone());
                row.createCell(9).setCellValue(a.idNumber() == null ? "" : a.idNumber());
                row.createCell(10).setCellValue(switch (a.verification().state()) {
                    case VERIFIED -> "已核对";
                    case OVERRIDDEN -> "准予例外";
                    case PARTIAL -> "核对中";
                    case UNVERIFIED -> "未核对";
                });
                r++;
            }
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(meetingName + " 名册");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private RosterSheets() {
    }
}
