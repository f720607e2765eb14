package io.huiwu.registration.service;

import io.huiwu.registration.api.ReadinessView;
import io.huiwu.registration.domain.Readiness;
import io.huiwu.registration.domain.RosterColumns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The readiness check as a workbook: a summary sheet (汇总) and the people still lacking something (未办名单). */
public final class ReadinessSheets {

    private ReadinessSheets() {
    }

    public static byte[] write(ReadinessView report, String meetingName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet("汇总");
            row(summary, 0, List.of(meetingName + " 会务检查" + (report.delegation() == null ? ""
                    : "（" + report.delegation() + "）")));
            row(summary, 1, List.of("截至", report.at().toString()));
            row(summary, 2, List.of("人数", String.valueOf(report.people()), "齐备", String.valueOf(report.ready())));
            row(summary, 4, List.of("检查项", "应有", "已办", "未办"));
            int r = 5;
            for (ReadinessView.CheckCount check : report.checks()) {
                row(summary, r++, List.of(check.label(), String.valueOf(check.expected()),
                        String.valueOf(check.done()), String.valueOf(check.missing())));
            }
            Sheet people = workbook.createSheet("未办名单");
            row(people, 0, List.of("序号", "姓名", "代表团", "类别", "缺少"));
            int n = 1;
            for (ReadinessView.Person person : report.notReady()) {
                row(people, n, List.of(String.valueOf(n), person.name(),
                        person.delegation() == null ? "" : person.delegation(), RosterColumns.label(person.category()),
                        person.missing().stream().map(Readiness.Check::chinese).collect(Collectors.joining("、"))));
                n++;
            }
            for (int c = 0; c < 5; c++) {
                summary.autoSizeColumn(c);
                people.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
