package io.huiwu.documents.guide;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.event.GuideSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's page of the guide: compiled from the events and the ledger, its revision moving with each change. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class GuidePageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPageShowsSeatsRoomRoommatesTablesAndCopiesDueAndItsRevisionMovesWithTheRoom() throws Exception {
        GuideFixture fixture = new GuideFixture();
        fixture.named(dataSource, "第十五届人民代表大会第三次会议");
        UUID wang = ranked(fixture, "王建国", 2);
        UUID li = ranked(fixture, "李四", 1);
        UUID group = UUID.randomUUID();
        UUID otherGroup = UUID.randomUUID();
        GuideFixture.awaitApplied(dataSource, GuideFixture.publish(GuideSources.GROUP_TOPIC,
                "discussion-group-updated", fixture.group(group, 1, "第一小组", 1, null, List.of(li), List.of(wang))));
        OffsetDateTime opening = OffsetDateTime.parse("2027-03-05T01:00:00Z");
        UUID plenary = UUID.randomUUID();
        for (String id : List.of(
                fixture.session(plenary, "PLENARY", "开幕会", opening, "人民大会堂", List.of(), false),
                fixture.session(UUID.randomUUID(), "GROUP", "第一小组审议", opening.plusDays(1), "第三会议室",
                        List.of(group), false),
                fixture.session(UUID.randomUUID(), "GROUP", "第二小组审议", opening.plusDays(1), "第五会议室",
                        List.of(otherGroup), false))) {
            GuideFixture.awaitApplied(dataSource, id);
        }
        GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-assigned", fixture.seat(wang, null, 1, 3, 12));
        GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-assigned", fixture.seat(wang, plenary, 2, 1, 5));
        UUID room = UUID.randomUUID();
        GuideFixture.publish(GuideSources.LODGING_TOPIC, "room-assigned",
                fixture.room(wang, room, "0312", "1", "8312", li, "李四"));
        GuideFixture.publish(GuideSources.DINING_TOPIC, "table-assigned",
                fixture.table(wang, UUID.randomUUID(), LocalDate.of(2027, 3, 5), "LUNCH", "8", "3"));
        String document = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("title", "政府工作报告（征求意见稿）", "issuingBody", "大会秘书处", "pages", 30,
                        "mustReturn", true)).post(fixture.base() + "/documents").then().statusCode(201)
                .extract().path("id");
        String copy = given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("count", 1)).post(fixture.base() + "/documents/" + document + "/copies").then()
                .statusCode(201).extract().path("copies[0].id");
        given().auth().oauth2(fixture.organizer).contentType("application/json")
                .body(Map.of("holderId", wang.toString(), "receivedBy", "王建国"))
                .post(fixture.base() + "/copies/" + copy + "/issue").then().statusCode(200);

        String own = TestTokens.attendee(fixture.meeting, wang);
        String page = fixture.base() + "/guide/attendees/" + wang;
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(own).get(page).then()
                .statusCode(200).body("revision", equalTo(4)));
        given().auth().oauth2(own).get(page).then().statusCode(200).body("name", equalTo("王建国"))
                .body("changedAt", notNullValue())
                .body("seats.session", equalTo(List.of("开幕会", "第一小组审议")))
                .body("seats[0].seat.seatLabel", equalTo("2层 1排 5号")).body("seats[0].standing", equalTo(false))
                .body("seats[1].seat.seatLabel", equalTo("1层 3排 12号")).body("seats[1].standing", equalTo(true))
                .body("standingSeat.row", equalTo(3))
                .body("room.room", equalTo("0312")).body("room.phone", equalTo("8312"))
                .body("room.roommates", equalTo(List.of("李四")))
                .body("tables[0].table", equalTo("8")).body("tables[0].meal", equalTo("LUNCH"))
                .body("pickup", nullValue())
                .body("copiesDue[0].document", equalTo("政府工作报告（征求意见稿）"))
                .body("copiesDue[0].copyNumber", equalTo("000001"));

        byte[] pdf = given().auth().oauth2(own).get(page + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "guide-page.pdf"), pdf);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertEquals(1, printed.getNumberOfPages());
            String text = new PDFTextStripper().getText(printed);
            for (String shown : List.of("第十五届人民代表大会第三次会议", "个人会议须知", "王建国", "开幕会", "2层 1排 5号",
                    "1层 3排 12号", "京西宾馆", "0312", "8312", "李四", "午餐", "8号桌", "—",
                    "政府工作报告（征求意见稿）", "000001", "第4版")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
            assertTrue(!text.contains("第二小组审议"), text);
            List<PdfFonts.Font> fonts = PdfFonts.of(printed);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
        }

        // moved to another room: the page shows it and its revision moves
        GuideFixture.publish(GuideSources.LODGING_TOPIC, "room-assigned",
                fixture.room(wang, UUID.randomUUID(), "0520", "2", "8520", null, null));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer).get(page)
                .then().statusCode(200).body("revision", equalTo(5)).body("room.room", equalTo("0520"))
                .body("room.roommates", equalTo(List.of()))
                .body("copiesDue.size()", equalTo(1)));
        assertEquals(5, GuideFixture.count(dataSource, "select revision from guide_page_revision where attendee_id = '"
                + wang + "'"));

        // a pickup scheduled for them: the page shows it and its revision moves
        UUID pickup = UUID.randomUUID();
        GuideFixture.publish("logistics.transport", "pickup-scheduled", pickup.toString(),
                fixture.pickup(pickup, wang, OffsetDateTime.parse("2027-03-04T06:05:00Z"), "G102"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(own).get(page)
                .then().statusCode(200).body("revision", equalTo(6)).body("pickup.place", equalTo("北京南站"))
                .body("pickup.service", equalTo("G102")).body("pickup.vehicle", equalTo("京A·12345 第1座"))
                .body("pickup.contact", equalTo("会务组刘洋")));
        try (PDDocument printed = Loader.loadPDF(given().auth().oauth2(own).get(page + ".pdf").then()
                .statusCode(200).extract().asByteArray())) {
            String text = new PDFTextStripper().getText(printed);
            for (String shown : List.of("北京南站", "G102", "京A·12345", "第1座", "会务组刘洋", "第6版")) {
                assertTrue(text.contains(shown), shown + " in " + text);
            }
        }

        // an attendee reads their own page, not another's
        given().auth().oauth2(own).get(fixture.base() + "/guide/attendees/" + li).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(own).get(fixture.base() + "/guide/attendees/" + li + ".pdf").then().statusCode(404);
        given().auth().oauth2(own).get(fixture.base() + "/guide/attendees.pdf?delegation=北京团").then()
                .statusCode(403);

        // the delegation's pages, in the roster's order (rank first)
        byte[] batch = given().auth().oauth2(fixture.organizer).get(fixture.base()
                + "/guide/attendees.pdf?delegation=北京团").then().statusCode(200).extract().asByteArray();
        Files.write(Path.of("target", "guide-pages.pdf"), batch);
        try (PDDocument printed = Loader.loadPDF(batch)) {
            assertEquals(2, printed.getNumberOfPages());
            String text = new PDFTextStripper().getText(printed);
            assertTrue(text.indexOf("李四") < text.indexOf("王建国"), text);
        }
        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/guide/attendees.pdf").then()
                .statusCode(400).body(containsString("delegation"));
        given().auth().oauth2(fixture.organizer).get(fixture.base()
                + "/guide/attendees.pdf?delegation=北京团&category=ATTENDEE").then().statusCode(400)
                .body(containsString("category"));
    }

    private static UUID ranked(GuideFixture fixture, String name, int rank) {
        UUID id = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(fixture.meeting, id, 1, name, "ACTIVE")
                .put("category", "ATTENDEE").put("delegation", "北京团").put("rank", rank));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(fixture.organizer)
                .get(fixture.base() + "/attendees/" + id).then().statusCode(200));
        return id;
    }
}
