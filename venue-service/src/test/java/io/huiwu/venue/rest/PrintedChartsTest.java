package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.venue.print.Printed;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is printed from the seating: the hall's seat chart (SVG, PDF), the rostrum chart and the name cards, each
 * read back (SVG as XML, PDF text and fonts) and left in {@code target/printed-charts/} to be looked at.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PrintedChartsTest {

    private static final LocalDate FIRST = LocalDate.of(2030, 5, 6);
    private static final LocalDate LAST = LocalDate.of(2030, 5, 8);
    private static final String[][] PEOPLE = {{"王五", "雁塔区代表团", "1"}, {"李四", "雁塔区代表团", "2"},
            {"张三", "长安区代表团", "3"}, {"欧阳建国", "长安区代表团", "4"}, {"周杰", null, "5"}};

    /** A meeting with a published hall, a session in it, five people seated there and three on the rostrum. */
    private record Setting(UUID meeting, String map, UUID session, List<UUID> people, String otherHall,
            UUID otherSession) {
        String sessionPath() {
            return "/api/v1/meetings/" + meeting + "/sessions/" + session;
        }
    }

    private static Setting at;

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void aSeatedSession() {
        if (at != null) {
            return;
        }
        UUID meeting = Meetings.meeting("市人大二届五次会议", FIRST, LAST, database);
        TestGrants.grantAll(meeting, "logistics", "secretariat");
        for (String role : new String[] {"logistics", "secretariat"}) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as(role)
                    .when().get("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(200));
        }
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = as("venue").body("{\"name\":\"人民会堂\"}").when().post(venues).then().statusCode(201)
                .extract().path("id");
        String hall = as("venue").body("{\"kind\":\"HALL\",\"name\":\"大礼堂\",\"capacity\":22}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        String map = venues + "/" + venue + "/spaces/" + hall + "/seat-map";
        as("venue").body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":2,\"seatsPerRow\":4},"
                + "{\"code\":\"B\",\"rows\":2,\"seatsPerRow\":3}]},{\"floor\":2,\"blocks\":[{\"code\":\"C\","
                + "\"rows\":2,\"seatsPerRow\":4}]}],\"rostrumRows\":[3]}")
                .when().put(map + "/draft").then().statusCode(201);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200);
        as("venue").body("{\"seatIds\":[\"F1-R2-S7\"],\"reason\":\"摄像机位\"}").when().post(map + "/blocks")
                .then().statusCode(200);
        String session = as("venue").body(ScheduleTest.body("PLENARY", "第一次全体会议", "2030-05-06T09:00:00+08:00",
                "2030-05-06T11:00:00+08:00", "大礼堂", "[]").replace("\"place\":", "\"spaceId\":\"" + hall
                + "\",\"place\":")).when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .extract().path("id");
        List<UUID> people = new ArrayList<>();
        for (String[] person : PEOPLE) {
            UUID id = UUID.randomUUID();
            var entry = TestRoster.entry(meeting, id, 0, person[0], "ACTIVE").put("rank", Integer.parseInt(person[2]));
            if (person[1] == null) {
                entry.putNull("delegation").put("category", "GUEST");
            } else {
                entry.put("delegation", person[1]);
            }
            TestRoster.publish("attendee-registered", entry);
            people.add(id);
        }
        for (UUID id : people) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        String[] seats = {"F1-R1-S1", "F1-R1-S2", "F1-R1-S5", "F1-R2-S1", "F2-R1-S3"};
        List<String> operations = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            operations.add("{\"action\":\"ASSIGN\",\"seatId\":\"" + seats[i] + "\",\"attendeeId\":\"" + people.get(i)
                    + "\"}");
        }
        as("venue").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"sessionId\":\"" + session + "\",\"operations\":[" + String.join(",", operations) + "]}")
                .when().post(map + "/assignments").then().statusCode(200);
        as("venue").body("{\"attendeeIds\":[\"" + people.get(0) + "\",\"" + people.get(1) + "\",\"" + people.get(2)
                + "\"]}").when().put("/api/v1/meetings/" + meeting + "/sessions/" + session + "/rostrum")
                .then().statusCode(201);
        // a second meeting: its hall has no published map, its session no hall
        UUID other = Meetings.meeting("区政协三届一次会议", FIRST, LAST, database);
        String otherVenues = "/api/v1/meetings/" + other + "/venues";
        String otherVenue = as("venue").body("{\"name\":\"政协礼堂\"}").when().post(otherVenues).then()
                .statusCode(201).extract().path("id");
        String otherHall = as("venue").body("{\"kind\":\"HALL\",\"name\":\"小礼堂\",\"capacity\":10}")
                .when().post(otherVenues + "/" + otherVenue + "/spaces").then().statusCode(201).extract().path("id");
        String otherSession = as("venue").body(ScheduleTest.body("GROUP", "分组讨论", "2030-05-06T14:00:00+08:00",
                "2030-05-06T16:00:00+08:00", "第三会议室", "[]")).when().post("/api/v1/meetings/" + other
                + "/sessions").then().statusCode(201).extract().path("id");
        at = new Setting(meeting, map, UUID.fromString(session), people, otherVenues + "/" + otherVenue + "/spaces/"
                + otherHall + "/seat-map", UUID.fromString(otherSession));
    }

    @Test
    void theHallChartShowsTheSessionsSeatingAsSvg() {
        String svg = as("registrar").when().get(at.map() + "/chart.svg?sessionId=" + at.session())
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        Printed.keep("hall-session.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        assertTrue(texts.contains("市人大二届五次会议　大礼堂座位图"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("第一次全体会议　5月6日 09:00")), texts.toString());
        for (String[] person : PEOPLE) {
            assertTrue(texts.contains(person[0]), person[0] + " not in " + texts);
        }
        assertTrue(texts.containsAll(List.of("雁塔区代表团（2 人）", "长安区代表团（2 人）", "其他人员（1 人）", "停用座位")),
                texts.toString());
        // 8 + 6 + 8 seats, the blocked one hatched
        List<String> tips = Printed.texts(xml, "title");
        assertEquals(22, tips.stream().filter(t -> t.startsWith("一层") || t.startsWith("二层")).count());
        assertTrue(tips.contains("一层 2排 7号　停用：摄像机位"), tips.toString());
        assertTrue(tips.contains("一层 1排 1号　王五（雁塔区代表团）"), tips.toString());
        // the standing layout has nobody in it yet
        String standing = as("secretariat").when().get(at.map() + "/chart.svg").then().statusCode(200).extract()
                .asString();
        List<String> standingTexts = Printed.texts(Printed.svg(standing), "text");
        assertTrue(standingTexts.stream().anyMatch(t -> t.startsWith("常设座次")), standingTexts.toString());
        assertFalse(standingTexts.contains("王五"), standingTexts.toString());
    }

    @Test
    void theHallChartPrintsOnAnA3OrA4PageWithItsFontEmbedded() throws Exception {
        for (String size : new String[] {"", "&size=a4"}) {
            byte[] bytes = as("logistics").when().get(at.map() + "/chart.pdf?sessionId=" + at.session() + size)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            Printed.keep("hall-session" + size.replace("&size=", "-") + ".pdf", bytes);
            try (PDDocument pdf = Printed.pdf(bytes)) {
                assertEquals(1, pdf.getNumberOfPages());
                float expected = size.isEmpty() ? 1190.55f : 841.89f;
                assertEquals(expected, pdf.getPage(0).getMediaBox().getWidth(), 1, "landscape " + size);
                String text = Printed.pdfText(pdf);
                for (String expectedText : List.of("大礼堂座位图", "主席台", "王五", "李四", "张三", "欧阳建国", "周杰",
                        "雁塔区代表团（2人）", "打印于")) {
                    assertTrue(text.contains(expectedText), expectedText + " not in " + text);
                }
            }
        }
        Meetings.expectProblem(as("venue").when().get(at.map() + "/chart.pdf?size=A5").then(), 400, "size", "A3");
    }

    @Test
    void aHallWithoutAPublishedMapOrOfAnotherMeetingHasNoChart() {
        String otherMeeting = at.otherHall().split("/")[4];
        // the caller holds venue in both meetings: the other hall has no published map
        Meetings.expectProblem(as("venue").when().get(at.otherHall() + "/chart.svg").then(), 409, "spaceId",
                "小礼堂");
        Meetings.expectProblem(as("venue").when().get(at.otherHall() + "/chart.pdf").then(), 409, "spaceId",
                "小礼堂");
        // the other meeting's hall under this meeting's path
        String crossed = at.otherHall().replace(otherMeeting, at.meeting().toString());
        Meetings.expectProblem(as("venue").when().get(crossed + "/chart.svg").then(), 404, null, "");
        // a session of the other meeting is not one of this hall's
        Meetings.expectProblem(as("venue").when().get(at.map() + "/chart.svg?sessionId=" + at.otherSession())
                .then(), 400, "sessionId", at.otherSession().toString());
        // an attendee of the meeting is not staff
        given().auth().oauth2(TestTokens.attendee(at.meeting(), at.people().get(0))).when()
                .get(at.map() + "/chart.svg").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theRostrumChartHasTheRowsFromTheAudiencesLeftAndTheAxis() throws Exception {
        String svg = as("venue").when().get(at.sessionPath() + "/rostrum/chart.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).extract().asString();
        Printed.keep("rostrum.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document xml = Printed.svg(svg);
        List<String> texts = Printed.texts(xml, "text");
        // 左为上, from the audience's left: 3 1 2, each name at its place across the page
        assertEquals(List.of("张三", "王五", "李四"), byPlaceAcross(xml, List.of("王五", "李四", "张三")));
        assertTrue(texts.containsAll(List.of("主席台（面向观众）", "中轴线", "观　众　席", "第1排")), texts.toString());
        byte[] pdf = as("organizer").when().get(at.sessionPath() + "/rostrum/chart.pdf?size=A4").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        Printed.keep("rostrum.pdf", pdf);
        try (PDDocument document = Printed.pdf(pdf)) {
            String text = Printed.pdfText(document);
            assertTrue(text.contains("主席台座次图") && text.contains("王五") && text.contains("观众席"), text);
        }
        Meetings.expectProblem(as("venue").when().get("/api/v1/meetings/" + at.meeting() + "/sessions/"
                + at.otherSession() + "/rostrum/chart.svg").then(), 404, null, at.otherSession().toString());
    }

    @Test
    void nameCardsArePrintedForTheRostrumAndTheHallInSeatOrder() throws Exception {
        byte[] rostrum = as("venue").when().get(at.sessionPath() + "/name-cards.pdf?source=rostrum").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        Printed.keep("name-cards-rostrum.pdf", rostrum);
        try (PDDocument pdf = Printed.pdf(rostrum)) {
            assertEquals(3, pdf.getNumberOfPages());
            String text = Printed.pdfText(pdf);
            // rows from the front, each from the audience's left: 3 1 2 (左为上)
            assertInOrder(text, List.of("张三", "王五", "李四"));
        }
        byte[] hall = as("venue").when().get(at.sessionPath() + "/name-cards.pdf?source=hall").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Printed.pdf(hall)) {
            assertEquals(5, pdf.getNumberOfPages());
            // by floor, row and number: F1-R1-S1, S2, S5, F1-R2-S1, F2-R1-S3
            assertInOrder(Printed.pdfText(pdf), List.of("王五", "李四", "张三", "欧阳建国", "周杰"));
        }
        Meetings.expectProblem(as("venue").when().get(at.sessionPath() + "/name-cards.pdf?source=table").then(),
                400, "source", "rostrum");
        Meetings.expectProblem(as("venue").when().get("/api/v1/meetings/" + at.otherHall().split("/")[4]
                + "/sessions/" + at.otherSession() + "/name-cards.pdf?source=hall").then(), 409, "source", "分组讨论");
    }

    /** The names ordered by where their text stands across the drawing, left first. */
    private static List<String> byPlaceAcross(Document xml, List<String> names) {
        NodeList texts = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            if (names.contains(texts.item(i).getTextContent())) {
                found.add((Element) texts.item(i));
            }
        }
        found.sort(Comparator.comparingDouble(e -> Double.parseDouble(e.getAttribute("x"))));
        return found.stream().map(Element::getTextContent).toList();
    }

    private static void assertInOrder(String text, List<String> names) {
        int from = -1;
        for (String name : names) {
            int at = text.indexOf(name, from + 1);
            assertTrue(at > from, name + " out of order in " + text);
            from = at;
        }
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }
}
