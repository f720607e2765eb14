package io.huiwu.venue.print;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hall's seat chart drawn from plain records, as SVG and as a PDF page. */
class SeatChartTest {

    /** Two floors: the first of blocks A (4 seats) and B (3 seats) over 3 rows, the second of one block of 5 x 2. */
    static SeatChart.Chart chart() {
        List<SeatChart.Floor> floors = List.of(
                new SeatChart.Floor(1, List.of(new SeatChart.Block("A", 1, 3, 4, 1),
                        new SeatChart.Block("B", 1, 3, 3, 5))),
                new SeatChart.Floor(2, List.of(new SeatChart.Block("C", 1, 2, 5, 1))));
        Map<String, String[]> held = new HashMap<>();
        held.put("F1-R1-S1", new String[] {"欧阳建国", "长安区代表团"});
        held.put("F1-R1-S2", new String[] {"王芳", "长安区代表团"});
        held.put("F1-R1-S5", new String[] {"李强", "雁塔区代表团"});
        held.put("F1-R2-S6", new String[] {"朱小红", "雁塔区代表团"});
        held.put("F2-R1-S3", new String[] {"周杰", null});
        List<SeatChart.Seat> seats = new ArrayList<>();
        for (SeatChart.Floor floor : floors) {
            for (SeatChart.Block block : floor.blocks()) {
                for (int row = block.firstRow(); row < block.firstRow() + block.rows(); row++) {
                    for (int n = block.firstSeat(); n < block.firstSeat() + block.seatsPerRow(); n++) {
                        String id = "F" + floor.floor() + "-R" + row + "-S" + n;
                        String[] who = held.get(id);
                        seats.add(new SeatChart.Seat(id, id, floor.floor(), block.code(), row, n,
                                who == null ? null : who[0], who == null ? null : who[1],
                                id.equals("F1-R3-S7") ? "摄像机位" : null));
                    }
                }
            }
        }
        return new SeatChart.Chart("第一会场座位图", "全体会议　3月5日 09:00", floors, seats,
                List.of("雁塔区代表团", "长安区代表团"));
    }

    @Test
    void theSvgHasEverySeatTheNamesVerticallyAndALegendInTheAgreedOrder() {
        String svg = SvgSheet.write(SeatChart.draw(chart()));
        Printed.keep("unit-hall.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        for (String expected : List.of("第一会场座位图", "全体会议　3月5日 09:00", "主　席　台", "一层", "二层", "欧阳建国",
                "王芳", "李强", "朱小红", "周杰", "图例", "空座", "停用座位")) {
            assertTrue(texts.contains(expected), expected + " not in " + texts);
        }
        // one character under the other: a tspan each
        Element name = textElement(xml, "欧阳建国");
        assertEquals(4, name.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan").getLength());
        // the legend: the agreed order, then people of no delegation; counts of those seated
        int yanta = texts.indexOf("雁塔区代表团（2 人）");
        int changan = texts.indexOf("长安区代表团（2 人）");
        int none = texts.indexOf(SeatChart.NO_DELEGATION + "（1 人）");
        assertTrue(yanta >= 0 && yanta < changan && changan < none, texts.toString());
        // 12 + 9 + 10 seats, each with its label in a tooltip
        Map<String, String> fills = new HashMap<>();
        NodeList rects = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        int seats = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            String tip = rect.getTextContent();
            if (tip.startsWith("F")) {
                seats++;
                fills.put(tip.substring(0, tip.indexOf('　')), rect.getAttribute("fill"));
            }
        }
        assertEquals(31, seats);
        assertEquals(fills.get("F1-R1-S1"), fills.get("F1-R1-S2"), "one delegation, one colour");
        assertNotEquals(fills.get("F1-R1-S1"), fills.get("F1-R1-S5"));
        assertEquals("#ffffff", fills.get("F1-R1-S3"));
        assertEquals("url(#hatch)", fills.get("F1-R3-S7"));
        // row numbers at both ends of each row, seat numbers along the front of each floor: "1" is seat 1 and row 1
        // twice on each floor; "3" is seat 3 and row 3 twice on the first floor, seat 3 alone on the second
        assertEquals(6, texts.stream().filter("1"::equals).count());
        assertEquals(4, texts.stream().filter("3"::equals).count());
        assertTrue(texts.containsAll(List.of("4", "5", "6", "7", "排")));
    }

    @Test
    void colorsDifferAndStayTheSameForTheSamePlace() {
        Set<String> colours = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            colours.add(SeatChart.colour(i));
        }
        assertEquals(40, colours.size());
        assertEquals(SeatChart.colour(3), SeatChart.colour(3));
    }

    @Test
    void thePdfPageHasTheSameTextInItsEmbeddedFont() throws Exception {
        byte[] bytes = PdfSheet.write(SeatChart.draw(chart()),
                new Rectangle(PageSize.A3.getHeight(), PageSize.A3.getWidth()), "打印于 2030年3月5日 08:00");
        Printed.keep("unit-hall.pdf", bytes);
        try (PDDocument pdf = Printed.pdf(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PageSize.A3.getHeight(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = Printed.pdfText(pdf);
            for (String expected : List.of("第一会场座位图", "主席台", "欧阳建国", "王芳", "李强", "朱小红", "周杰",
                    "雁塔区代表团（2人）", "停用座位", "打印于2030年3月5日08:00")) {
                assertTrue(text.contains(expected), expected + " not in " + text);
            }
        }
    }

    private static Element textElement(Document xml, String content) {
        NodeList texts = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(content)) {
                return (Element) texts.item(i);
            }
        }
        throw new AssertionError(content + " is not a text element");
    }
}
