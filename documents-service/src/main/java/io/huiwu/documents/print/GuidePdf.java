package io.huiwu.documents.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The attendee guide (会议须知) as it is printed: the meeting's name and the title, the notices, the schedule day by
 * day, the discussion groups with their conveners and rooms, and the staff to call by working group; and each
 * person's page (their seats, room, tables, pickup and the documents they must give back). A4 portrait, the page
 * number at the foot of each page, the chassis's {@link PrintFont} embedded.
 */
public final class GuidePdf {

    /** A titled section of text. */
    public record Notice(String title, String text) {
    }

    /** A session of the schedule: the time range, its name and place. */
    public record Slot(String time, String name, String place) {
    }

    /** One day of the schedule, headed as printed (3月5日 星期五). */
    public record Day(String heading, List<Slot> slots) {
    }

    /** A discussion group: its conveners' names and where it meets. */
    public record Group(String name, String conveners, String room, int members) {
    }

    /** Someone of the staff to call. */
    public record Contact(String name, String role, String phone) {
    }

    /** The staff of one working group. */
    public record WorkingGroup(String name, List<Contact> contacts) {
    }

    /** The general guide. */
    public record General(String meeting, List<Notice> notices, List<Day> schedule, List<Group> groups,
            List<WorkingGroup> staff) {
    }

    /** Label and value pairs of one part of a person's page. */
    public record Line(String label, String value) {
    }

    /** A part of a person's page: a heading and a table of rows (the first row its header) or nothing ("—"). */
    public record Part(String heading, List<List<String>> rows, float[] widths) {
    }

    /** A person's page. */
    public record Page(String meeting, String name, List<Line> about, List<Part> parts, String revision) {
    }

    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);
    private static final String NONE = "—";

    private GuidePdf() {
    }

    public static byte[] general(General guide) {
        return print(guide.meeting() + " 会议须知", (document, fonts) -> {
            title(document, fonts, guide.meeting(), "会议须知");
            int section = 0;
            for (Notice notice : guide.notices()) {
                heading(document, fonts, numeral(++section) + "、" + notice.title());
                text(document, fonts, notice.text());
            }
            heading(document, fonts, numeral(++section) + "、日程安排");
            if (guide.schedule().isEmpty()) {
                text(document, fonts, "日程另行通知。");
            }
            for (Day day : guide.schedule()) {
                Paragraph date = new Paragraph(day.heading(), fonts.bold());
                date.setSpacingBefore(6);
                date.setSpacingAfter(4);
                document.add(date);
                PdfPTable table = table(new float[] {2.2f, 5f, 3.2f}, fonts, List.of("时间", "内容", "地点"));
                for (Slot slot : day.slots()) {
                    row(table, fonts, List.of(slot.time(), slot.name(), orNone(slot.place())));
                }
                document.add(table);
            }
            heading(document, fonts, numeral(++section) + "、分组讨论");
            if (guide.groups().isEmpty()) {
                text(document, fonts, "分组名单另行通知。");
            } else {
                PdfPTable table = table(new float[] {2.5f, 4f, 3.5f, 1.5f}, fonts,
                        List.of("小组", "召集人", "讨论地点", "人数"));
                for (Group group : guide.groups()) {
                    row(table, fonts, List.of(group.name(), orNone(group.conveners()), orNone(group.room()),
                            String.valueOf(group.members())));
                }
                document.add(table);
            }
            heading(document, fonts, numeral(++section) + "、会务工作人员联系方式");
            if (guide.staff().isEmpty()) {
                text(document, fonts, "联系方式另行通知。");
            } else {
                PdfPTable table = table(new float[] {2.5f, 2.5f, 2.5f, 3.5f}, fonts,
                        List.of("工作组", "姓名", "职务", "电话"));
                for (WorkingGroup group : guide.staff()) {
                    boolean first = true;
                    for (Contact contact : group.contacts()) {
                        row(table, fonts, List.of(first ? group.name() : "", contact.name(),
                                contact.role() == null ? "" : contact.role(), contact.phone()));
                        first = false;
                    }
                }
                document.add(table);
            }
        });
    }

    /** Persons' pages, one page each, in the order given. */
    public static byte[] pages(String title, List<Page> pages) {
        return print(title, (document, fonts) -> {
            boolean first = true;
            for (Page page : pages) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, fonts, page);
            }
            if (pages.isEmpty()) {
                text(document, fonts, "（无人员）");
            }
        });
    }

    private static void page(Document document, Fonts fonts, Page page) throws DocumentException {
        title(document, fonts, page.meeting(), "个人会议须知");
        PdfPTable about = new PdfPTable(new float[] {1.5f, 4f, 1.5f, 4f});
        about.setWidthPercentage(100);
        about.setSpacingAfter(6);
        List<Line> lines = page.about();
        for (int i = 0; i < lines.size(); i++) {
            about.addCell(plain(lines.get(i).label(), fonts.bold()));
            about.addCell(plain(lines.get(i).value(), fonts.text()));
        }
        if (lines.size() % 2 == 1) {
            about.addCell(plain("", fonts.text()));
            about.addCell(plain("", fonts.text()));
        }
        document.add(about);
        for (Part part : page.parts()) {
            heading(document, fonts, part.heading());
            if (part.rows().size() <= 1) {
                text(document, fonts, NONE);
                continue;
            }
            PdfPTable table = table(part.widths(), fonts, part.rows().get(0));
            for (List<String> row : part.rows().subList(1, part.rows().size())) {
                row(table, fonts, row);
            }
            document.add(table);
        }
        Paragraph revision = new Paragraph(page.revision(), fonts.small());
        revision.setAlignment(Element.ALIGN_RIGHT);
        revision.setSpacingBefore(10);
        document.add(revision);
    }

    /** What the document's pages contain. */
    private interface Body {
        void write(Document document, Fonts fonts) throws DocumentException;
    }

    private record Fonts(BaseFont base, Font title, Font subtitle, Font heading, Font bold, Font text, Font small) {
    }

    private static byte[] print(String title, Body body) {
        try {
            BaseFont base = PrintFont.forDocument();
            Fonts fonts = new Fonts(base, new Font(base, 20, Font.BOLD), new Font(base, 16), new Font(base, 14,
                    Font.BOLD), new Font(base, 11, Font.BOLD), new Font(base, 11), new Font(base, 9));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 50, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(new Font(base, 10)));
            document.addTitle(title);
            document.open();
            body.write(document, fonts);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot print " + title, e);
        }
    }

    /** 第N页 at the foot of every page, centred. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", font),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }

    private static void title(Document document, Fonts fonts, String meeting, String title)
            throws DocumentException {
        Paragraph name = new Paragraph(meeting, fonts.subtitle());
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(6);
        document.add(name);
        Paragraph heading = new Paragraph(title, fonts.title());
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(14);
        document.add(heading);
    }

    private static void heading(Document document, Fonts fonts, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, fonts.heading());
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void text(Document document, Fonts fonts, String text) throws DocumentException {
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Paragraph paragraph = new Paragraph(20, line.strip(), fonts.text());
            paragraph.setFirstLineIndent(22);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }
    }

    private static PdfPTable table(float[] widths, Fonts fonts, List<String> header) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        for (String column : header) {
            PdfPCell cell = new PdfPCell(new Phrase(column, fonts.bold()));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Fonts fonts, List<String> values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, fonts.text()));
            cell.setPadding(4);
            cell.setMinimumHeight(18);
            table.addCell(cell);
        }
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(3);
        return cell;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** 一, 二, ... 十九, for the sections. */
    static String numeral(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }
}
