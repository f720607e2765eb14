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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads roster sheets (.xlsx, .csv) into rows of text, and writes the roster as an .xlsx sheet. */
public final class RosterSheets {

    public enum Format { CSV, XLSX }

    /** The last column of an exported sheet, after the columns an import reads. */
    static final String VERIFICATION_HEADING = "核对状态";

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

    /**
     * The roster as a sheet: a numbered line per person, in the order given, with every column of
     * {@link RosterColumns.Column} in its order and then the verification state. An accompanying person's principal
     * is written as the principal's row (第N行, as the spreadsheet numbers rows), or by name when the sheet does not
     * hold them.
     *
     * @param principalsElsewhere the names of principals not on the sheet, by id
     */
    public static byte[] write(List<AttendeeView> attendees, Map<UUID, String> principalsElsewhere,
            String meetingName) throws IOException {
        Map<UUID, Integer> rows = new HashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            // row i + 1 of the sheet, which a spreadsheet shows as row i + 2 below the heading
            rows.put(attendees.get(i).id(), i + 2);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("名册");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            List<String> headings = new ArrayList<>();
            headings.add("序号");
            for (RosterColumns.Column column : RosterColumns.Column.values()) {
                headings.add(column.heading());
            }
            headings.add(VERIFICATION_HEADING);
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (AttendeeView a : attendees) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                int c = 1;
                for (RosterColumns.Column column : RosterColumns.Column.values()) {
                    if (column == RosterColumns.Column.RANK && a.rank() != null) {
                        row.createCell(c).setCellValue(a.rank());
                    } else {
                        row.createCell(c).setCellValue(text(a, column, rows, principalsElsewhere));
                    }
                    c++;
                }
                row.createCell(c).setCellValue(switch (a.verification().state()) {
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

    /** A cell as people write it: Chinese labels and names rather than codes. */
    private static String text(AttendeeView a, RosterColumns.Column column, Map<UUID, Integer> rows,
            Map<UUID, String> principalsElsewhere) {
        return switch (column) {
            case NAME -> a.name();
            case GENDER -> RosterColumns.label(a.gender());
            case CATEGORY -> RosterColumns.label(a.category());
            case DELEGATION -> orEmpty(a.delegation());
            case UNIT -> orEmpty(a.unit());
            case TITLE -> orEmpty(a.title());
            case RANK -> "";
            case PHONE -> orEmpty(a.phone());
            case ID_TYPE -> a.idType() == null ? "" : a.idType().label();
            case ID_NUMBER -> orEmpty(a.idNumber());
            case ETHNICITY -> orEmpty(a.ethnicityName());
            case SECTOR -> orEmpty(a.sector());
            case PARTY -> a.party() == null ? "" : a.party().label();
            case GRADE -> a.grade() == null ? "" : a.grade().label();
            case DELEGATION_ROLE -> a.delegationRole() == null ? "" : a.delegationRole().label();
            case PRINCIPAL -> a.principalId() == null ? "" : rows.containsKey(a.principalId())
                    ? "第" + rows.get(a.principalId()) + "行" : orEmpty(principalsElsewhere.get(a.principalId()));
            case DIET -> RosterColumns.label(a.diet());
            case ACCESSIBILITY_NEEDS -> orEmpty(a.accessibilityNeeds());
            case HEALTH_NEEDS -> orEmpty(a.healthNeeds());
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private RosterSheets() {
    }
}
