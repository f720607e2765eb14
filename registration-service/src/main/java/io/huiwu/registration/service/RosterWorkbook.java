package io.huiwu.registration.service;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The printed roster as an .xlsx sheet set up for printing on A4: the title and edition above the table and in each
 * page's header, "第 1 页 共 N 页" in each page's footer, a heading and column headings for each delegation, and a
 * page break before each delegation when asked for.
 */
final class RosterWorkbook {

    /** The sheet's name. */
    static final String SHEET = "名册";
    private static final String[] HEADINGS = {"序号", "姓名", "性别", "类别", "单位", "职务"};
    /** Column widths in characters: about 90 in all, the width of an A4 page at 100%. */
    private static final int[] WIDTHS = {5, 10, 5, 9, 34, 26};

    private RosterWorkbook() {
    }

    static byte[] render(RosterPrinting.PrintedRoster roster, boolean newPagePerDelegation) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            int last = HEADINGS.length - 1;
            int r = 0;
            r = merged(sheet, r, roster.title(), styles.title, last);
            r = merged(sheet, r, roster.subtitle(), styles.centred, last);
            for (int g = 0; g < roster.groups().size(); g++) {
                RosterPrinting.Group group = roster.groups().get(g);
                if (g > 0 && newPagePerDelegation) {
                    sheet.setRowBreak(r - 1);
                } else {
                    r++;
                }
                r = merged(sheet, r, group.heading(), styles.group, last);
                Row headings = sheet.createRow(r++);
                for (int c = 0; c < HEADINGS.length; c++) {
                    cell(headings, c, HEADINGS[c], styles.heading);
                }
                for (RosterPrinting.Line line : group.lines()) {
                    Row row = sheet.createRow(r++);
                    Cell number = row.createCell(0);
                    number.setCellValue(line.number());
                    number.setCellStyle(styles.centredBody);
                    cell(row, 1, line.name(), styles.body);
                    cell(row, 2, line.gender(), styles.centredBody);
                    cell(row, 3, line.category(), styles.centredBody);
                    cell(row, 4, line.unit(), styles.body);
                    cell(row, 5, line.title(), styles.body);
                }
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
            }
            sheet.getHeader().setCenter(roster.title() + "  " + roster.subtitle());
            // &P and &N: the page's number and the number of pages, as the spreadsheet prints them
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            // no "fit to page": Excel would ignore the breaks between delegations; the columns fit A4's width
            workbook.getProperties().getCoreProperties().setTitle(roster.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A line across the table's columns; returns the next row. */
    private static int merged(Sheet sheet, int r, String text, CellStyle style, int last) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        return r + 1;
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle centred;
        final CellStyle group;
        final CellStyle heading;
        final CellStyle body;
        final CellStyle centredBody;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setFont(font(workbook, 16, true));
            centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            group = workbook.createCellStyle();
            group.setFont(font(workbook, 12, true));
            heading = bordered(workbook);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setFont(font(workbook, 11, true));
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(workbook);
            body.setWrapText(true);
            centredBody = bordered(workbook);
            centredBody.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}
