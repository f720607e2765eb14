package io.huiwu.logistics.service;

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
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.persistence.DiningTableEntity;
import io.huiwu.logistics.persistence.TableSeatEntity;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The printed dining cards of a meal, set in {@link PrintFont} (embedded). A table card (桌卡) is an A5 landscape
 * page per table that has anyone: the table number large (主桌 for the main table, the diet for a table set aside),
 * then the names in seat order. A meal card (就餐卡) is one of eight per A4 page, cut apart and handed to each person:
 * name, meal, hall, table and seat, and the diets the kitchen knows.
 */
public final class DiningCards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final Color RULE = new Color(0x80, 0x80, 0x80);
    private static final Color ACCENT = new Color(0xB0, 0x1E, 0x1E);
    private static final int CARDS_PER_ROW = 2;

    private DiningCards() {
    }

    static String mealName(MealKind kind) {
        return switch (kind) {
            case BREAKFAST -> "早餐";
            case LUNCH -> "午餐";
            case DINNER -> "晚餐";
        };
    }

    private static String heading(TableSeatingService.Setting setting) {
        return setting.hall().name + "　" + DAY.format(setting.meal().day) + mealName(setting.meal().kind);
    }

    private static String dietLabel(Set<Diet> diets) {
        return diets.stream().map(Diet::label).collect(Collectors.joining("、"));
    }

    /** One A5 landscape page per table that has anyone, in table rank order. */
    public static byte[] tableCards(TableSeatingService.Setting setting, List<TableSeatEntity> seated) {
        Map<UUID, List<TableSeatEntity>> byTable = new LinkedHashMap<>();
        for (TableSeatEntity seat : seated) {
            byTable.computeIfAbsent(seat.tableId, t -> new ArrayList<>()).add(seat);
        }
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A5.rotate(), 36, 36, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle(heading(setting) + " 桌卡");
            document.open();
            if (byTable.isEmpty()) {
                document.add(new Paragraph(heading(setting) + "：尚未安排桌次。", new Font(font, 14)));
            }
            boolean first = true;
            for (Map.Entry<UUID, List<TableSeatEntity>> table : byTable.entrySet()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                tableCard(document, font, setting, setting.tables().get(table.getKey()), table.getValue());
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the table cards", e);
        }
    }

    private static void tableCard(Document document, BaseFont font, TableSeatingService.Setting setting,
            DiningTableEntity table, List<TableSeatEntity> seats) throws DocumentException {
        Paragraph heading = new Paragraph(heading(setting), new Font(font, 11, Font.NORMAL, Color.DARK_GRAY));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        boolean main = setting.rankOf(table.id) == 1;
        Paragraph number = new Paragraph(96, String.valueOf(table.number), new Font(font, 96, Font.BOLD,
                main ? ACCENT : Color.BLACK));
        number.setAlignment(Element.ALIGN_CENTER);
        document.add(number);
        String label = main ? "主桌" : table.diet != null ? table.diet.label() + "桌" : "第 " + table.number + " 桌";
        Paragraph under = new Paragraph(label, new Font(font, 16, Font.BOLD));
        under.setAlignment(Element.ALIGN_CENTER);
        under.setSpacingAfter(10);
        document.add(under);
        PdfPTable names = new PdfPTable(4);
        names.setWidthPercentage(90);
        names.setWidths(new float[] {8, 42, 8, 42});
        Font seatFont = new Font(font, 10, Font.NORMAL, Color.GRAY);
        Font nameFont = new Font(font, 15);
        // read across, two to a line, so that the names run in seat order
        int rows = (seats.size() + 1) / 2;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < 2; column++) {
                int index = row * 2 + column;
                if (index < seats.size()) {
                    TableSeatEntity seat = seats.get(index);
                    names.addCell(cell(seat.seat + "", seatFont, Element.ALIGN_RIGHT));
                    names.addCell(cell(setting.nameOf(seat.attendeeId), nameFont, Element.ALIGN_LEFT));
                } else {
                    names.addCell(cell("", seatFont, Element.ALIGN_RIGHT));
                    names.addCell(cell("", nameFont, Element.ALIGN_LEFT));
                }
            }
        }
        document.add(names);
    }

    /** Eight cards per A4 page, in table rank and seat order. */
    public static byte[] mealCards(TableSeatingService.Setting setting, List<TableSeatEntity> seated) {
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 28, 28, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle(heading(setting) + " 就餐卡");
            document.open();
            if (seated.isEmpty()) {
                document.add(new Paragraph(heading(setting) + "：尚未安排桌次。", new Font(font, 14)));
            }
            PdfPTable cards = new PdfPTable(CARDS_PER_ROW);
            cards.setWidthPercentage(100);
            for (TableSeatEntity seat : seated) {
                cards.addCell(mealCard(font, setting, seat));
            }
            for (int blank = seated.size() % CARDS_PER_ROW; blank != 0 && blank < CARDS_PER_ROW; blank++) {
                PdfPCell empty = new PdfPCell(new Phrase(""));
                empty.setBorder(Rectangle.NO_BORDER);
                cards.addCell(empty);
            }
            if (!seated.isEmpty()) {
                document.add(cards);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the meal cards", e);
        }
    }

    private static PdfPCell mealCard(BaseFont font, TableSeatingService.Setting setting, TableSeatEntity seat) {
        DiningTableEntity table = setting.tables().get(seat.tableId);
        PdfPTable card = new PdfPTable(1);
        card.addCell(cell("就餐卡　" + heading(setting), new Font(font, 9, Font.NORMAL, Color.DARK_GRAY),
                Element.ALIGN_CENTER));
        card.addCell(cell(setting.nameOf(seat.attendeeId), new Font(font, 22, Font.BOLD), Element.ALIGN_CENTER));
        boolean main = setting.rankOf(table.id) == 1;
        card.addCell(cell((main ? "主桌（第 " + table.number + " 桌）" : "第 " + table.number + " 桌") + "　第 "
                + seat.seat + " 座", new Font(font, 16, Font.BOLD, main ? ACCENT : Color.BLACK),
                Element.ALIGN_CENTER));
        String diet = dietLabel(TableSeatingService.dietOf(seat.attendeeId, setting));
        card.addCell(cell(diet.isEmpty() ? " " : "饮食：" + diet, new Font(font, 10, Font.NORMAL, ACCENT),
                Element.ALIGN_CENTER));
        PdfPCell outer = new PdfPCell(card);
        outer.setFixedHeight(184);
        outer.setPadding(10);
        outer.setBorderColor(RULE);
        outer.setBorderWidth(0.5f);
        outer.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return outer;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        return cell;
    }
}
