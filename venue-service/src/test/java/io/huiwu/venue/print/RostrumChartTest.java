package io.huiwu.venue.print;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rostrum chart and the name cards, from plain records. */
class RostrumChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    /** 左为上, two rows: 5 in front (王五 in the centre), 2 behind sharing the centre. */
    static RostrumChart.Chart chart() {
        return new RostrumChart.Chart("主席台座次图", "全体会议　3月5日 09:00", "左为上", List.of(
                new RostrumChart.Row(1, List.of(new RostrumChart.Place(1, -4, "赵六", 5),
                        new RostrumChart.Place(2, -2, "张三", 3), new RostrumChart.Place(3, 0, "王五", 1),
                        new RostrumChart.Place(4, 2, "李四", 2), new RostrumChart.Place(5, 4, "钱七", 4))),
                new RostrumChart.Row(2, List.of(new RostrumChart.Place(1, -1, "孙八", 6),
                        new RostrumChart.Place(2, 1, "周九", 7)))));
    }

    @Test
    void theRowsStandOnTheAxisFromTheAudiencesLeftWithTheFrontRowNearestTheAudience() {
        String svg = SvgSheet.write(RostrumChart.draw(chart()));
        Printed.keep("unit-rostrum.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        for (String expected : List.of("主席台座次图", "主席台（面向观众）", "中轴线", "观　众　席", "第1排", "第2排",
                "赵六", "王五", "周九")) {
            assertTrue(texts.contains(expected), expected + " not in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("左为上")), texts.toString());
        double axis = Double.parseDouble(line(xml, true).getAttribute("x1"));
        // front row names from the audience's left: 赵六 张三 王五 李四 钱七, 王五 on the axis
        List<Double> front = List.of(x(xml, "赵六"), x(xml, "张三"), x(xml, "王五"), x(xml, "李四"), x(xml, "钱七"));
        for (int i = 1; i < front.size(); i++) {
            assertTrue(front.get(i - 1) < front.get(i), front.toString());
        }
        assertEquals(axis, front.get(2), 0.1);
        // the second row shares the centre, behind (above) the first
        assertEquals(axis - x(xml, "孙八"), x(xml, "周九") - axis, 0.1);
        assertTrue(y(xml, "孙八") < y(xml, "王五") && y(xml, "王五") < y(xml, "观　众　席"));
        // each seat's rank, at the top of its box
        assertTrue(texts.containsAll(List.of("1", "2", "3", "4", "5", "6", "7")), texts.toString());
    }

    @Test
    void theRostrumChartPrintsOnOnePage() throws Exception {
        byte[] bytes = PdfSheet.write(RostrumChart.draw(chart()),
                new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), "打印于 2030年3月5日 08:00");
        Printed.keep("unit-rostrum.pdf", bytes);
        try (PDDocument pdf = Printed.pdf(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = Printed.pdfText(pdf);
            for (String expected : List.of("主席台座次图", "中轴线", "观众席", "赵六", "王五", "周九")) {
                assertTrue(text.contains(expected), expected + " not in " + text);
            }
        }
    }

    @Test
    void aNameCardIsAPageWithTheNameTwiceTheTopUpsideDown() throws Exception {
        byte[] bytes = NameCards.write("全体会议", List.of("王五", "欧阳建国", "李四"));
        Printed.keep("unit-name-cards.pdf", bytes);
        try (PDDocument pdf = Printed.pdf(bytes)) {
            assertEquals(3, pdf.getNumberOfPages());
            assertEquals(PageSize.A4.getHeight(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = Printed.pdfText(pdf);
            assertTrue(text.indexOf("王五") < text.indexOf("欧阳建国") && text.indexOf("欧阳建国") < text.indexOf("李四"),
                    text);
        }
        try (PDDocument pdf = Printed.pdf(NameCards.write("全体会议", List.of()))) {
            assertTrue(Printed.pdfText(pdf).contains("尚未安排座位"));
        }
    }

    private static Element line(Document xml, boolean dashed) {
        NodeList lines = xml.getElementsByTagNameNS(SVG, "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.hasAttribute("stroke-dasharray") == dashed) {
                return line;
            }
        }
        throw new AssertionError("no line");
    }

    private static Element text(Document xml, String content) {
        NodeList texts = xml.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(content)) {
                return (Element) texts.item(i);
            }
        }
        throw new AssertionError(content + " is not a text element");
    }

    private static double x(Document xml, String content) {
        return Double.parseDouble(text(xml, content).getAttribute("x"));
    }

    private static double y(Document xml, String content) {
        return Double.parseDouble(text(xml, content).getAttribute("y"));
    }
}
