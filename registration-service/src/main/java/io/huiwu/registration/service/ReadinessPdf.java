package io.huiwu.registration.service;

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
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import io.huiwu.registration.api.ReadinessView;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.domain.Readiness;
import io.huiwu.registration.domain.RosterColumns;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readiness check (会务检查) as a one-page summary to hand to the leaders the day before: for the meeting or one
 * delegation, how many people each check applies to, how many are done and how many not; then, for the meeting, the
 * delegations worst off ({@link Readiness#worstDelegations}) with what each lacks, or, for a delegation, its people
 * lacking something. The lists are cut to what fits one A4 page, saying how many more there are (the workbook of
 * {@code /readiness/export} has them all). Set in {@link PrintFont}, embedded.
 */
public final class ReadinessPdf {

    /** Rows of the list at most; fewer if the page would overflow. */
    static final int MOST_ROWS = 20;
    private static final String NO_DELEGATION = "其他人员";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Map<Readiness.Check, String> LACKS = new EnumMap<>(Map.of(
            Readiness.Check.VERIFIED, "未核对", Readiness.Check.CREDENTIAL, "无证件", Readiness.Check.BED, "无床位",
            Readiness.Check.TABLE, "无桌次", Readiness.Check.SEAT, "无座位", Readiness.Check.PICKUP, "无接站",
            Readiness.Check.MATERIALS, "缺材料", Readiness.Check.KIT, "缺用品"));
    private static final Color RULE = new Color(0x80, 0x80, 0x80);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final Color ALERT = new Color(0xB0, 0x1E, 0x1E);

    private ReadinessPdf() {
    }

    public static byte[] write(ReadinessView report, String meetingName) {
        try {
            for (int rows = MOST_ROWS; ; rows -= 3) {
                Rendered rendered = render(report, meetingName, Math.max(rows, 0));
                if (rendered.pages == 1 || rows <= 0) {
                    return rendered.pdf;
                }
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not render the readiness summary", e);
        }
    }

    private record Rendered(byte[] pdf, int pages) {
    }

    private static Rendered render(ReadinessView report, String meetingName, int rows)
            throws DocumentException, IOException {
        BaseFont font = PrintFont.forDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageCount count = new PageCount();
        writer.setPageEvent(count);
        document.addTitle(meetingName + " 会务检查");
        document.open();
        Paragraph title = new Paragraph(meetingName + " 会务检查", new Font(font, 18, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph scope = new Paragraph((report.delegation() == null ? "全体参会人员" : report.delegation())
                + "　截至 " + AT.format(report.at().atZoneSameInstant(MeetingTime.ZONE)) + "（北京时间）",
                new Font(font, 10.5f, Font.NORMAL, Color.DARK_GRAY));
        scope.setAlignment(Element.ALIGN_CENTER);
        scope.setSpacingAfter(12);
        document.add(scope);
        long notReady = report.people() - report.ready();
        Paragraph headline = new Paragraph("应检查 " + report.people() + " 人，齐备 " + report.ready() + " 人，未齐备 "
                + notReady + " 人", new Font(font, 13, Font.BOLD, notReady == 0 ? Color.BLACK : ALERT));
        headline.setSpacingAfter(8);
        document.add(headline);
        document.add(checks(report, font));
        if (report.delegation() == null) {
            delegations(document, report, font, rows);
        } else {
            people(document, report, font, rows);
        }
        document.close();
        return new Rendered(out.toByteArray(), count.pages);
    }

    private static final class PageCount extends PdfPageEventHelper {
        int pages;

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages++;
        }
    }

    private static PdfPTable checks(ReadinessView report, BaseFont font) throws DocumentException {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {40, 20, 20, 20});
        heading(table, font, "检查项", "应有", "已办", "未办");
        Font body = new Font(font, 10.5f);
        Font alert = new Font(font, 10.5f, Font.BOLD, ALERT);
        for (ReadinessView.CheckCount check : report.checks()) {
            table.addCell(cell(check.label(), body, Element.ALIGN_LEFT));
            table.addCell(cell(Long.toString(check.expected()), body, Element.ALIGN_CENTER));
            table.addCell(cell(Long.toString(check.done()), body, Element.ALIGN_CENTER));
            table.addCell(cell(Long.toString(check.missing()), check.missing() > 0 ? alert : body,
                    Element.ALIGN_CENTER));
        }
        return table;
    }

    private static void delegations(Document document, ReadinessView report, BaseFont font, int rows)
            throws DocumentException {
        List<Readiness.Shortfall> worst = Readiness.worstDelegations(report.notReady().stream()
                .map(p -> new Readiness.Lacking(p.delegation(), p.missing())).toList());
        document.add(section("未齐备人数最多的代表团", font));
        if (worst.isEmpty()) {
            document.add(new Paragraph("各代表团均已齐备。", new Font(font, 10.5f)));
            return;
        }
        PdfPTable table = new PdfPTable(2 + LACKS.size());
        table.setWidthPercentage(100);
        float[] widths = new float[2 + LACKS.size()];
        widths[0] = 24;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = 8.4f;
        }
        table.setWidths(widths);
        List<String> headings = new ArrayList<>(List.of("代表团", "未齐备"));
        headings.addAll(LACKS.values());
        heading(table, font, headings.toArray(String[]::new));
        Font body = new Font(font, 9.5f);
        for (Readiness.Shortfall shortfall : worst.subList(0, Math.min(rows, worst.size()))) {
            table.addCell(cell(shortfall.delegation() == null ? NO_DELEGATION : shortfall.delegation(), body,
                    Element.ALIGN_LEFT));
            table.addCell(cell(Integer.toString(shortfall.people()), new Font(font, 9.5f, Font.BOLD, ALERT),
                    Element.ALIGN_CENTER));
            for (Readiness.Check check : LACKS.keySet()) {
                int missing = shortfall.missing(check);
                table.addCell(cell(missing == 0 ? "" : Integer.toString(missing), body, Element.ALIGN_CENTER));
            }
        }
        document.add(table);
        more(document, font, worst.size() - rows, "个代表团");
    }

    private static void people(Document document, ReadinessView report, BaseFont font, int rows)
            throws DocumentException {
        document.add(section("未齐备人员", font));
        if (report.notReady().isEmpty()) {
            document.add(new Paragraph("全部齐备。", new Font(font, 10.5f)));
            return;
        }
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {20, 14, 66});
        heading(table, font, "姓名", "类别", "缺少");
        Font body = new Font(font, 9.5f);
        for (ReadinessView.Person person : report.notReady().subList(0, Math.min(rows, report.notReady().size()))) {
            table.addCell(cell(person.name(), body, Element.ALIGN_LEFT));
            table.addCell(cell(RosterColumns.label(person.category()), body, Element.ALIGN_CENTER));
            table.addCell(cell(person.missing().stream().map(LACKS::get).collect(Collectors.joining("、")), body,
                    Element.ALIGN_LEFT));
        }
        document.add(table);
        more(document, font, report.notReady().size() - rows, "人");
    }

    private static void more(Document document, BaseFont font, int more, String what) throws DocumentException {
        if (more > 0) {
            document.add(new Paragraph("另有 " + more + " " + what + "未列出，详见会务检查工作簿。",
                    new Font(font, 9, Font.NORMAL, Color.DARK_GRAY)));
        }
    }

    private static Paragraph section(String text, BaseFont font) {
        Paragraph section = new Paragraph(text, new Font(font, 12, Font.BOLD));
        section.setSpacingBefore(16);
        section.setSpacingAfter(6);
        return section;
    }

    private static void heading(PdfPTable table, BaseFont font, String... headings) {
        Font bold = new Font(font, 10, Font.BOLD);
        for (String text : headings) {
            PdfPCell cell = cell(text, bold, Element.ALIGN_CENTER);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(4);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }
}
