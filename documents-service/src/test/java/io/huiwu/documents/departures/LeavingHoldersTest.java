package io.huiwu.documents.departures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.event.LogisticsTransport;
import io.huiwu.documents.event.RegistrationTravel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 离会前清退: departures from registration's travel reports and logistics' send-offs, and the people leaving soon
 * who still hold copies that must come back.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class LeavingHoldersTest {

    @Inject
    AgroalDataSource dataSource;

    private final UUID meeting = UUID.randomUUID();
    private final String organizer = TestTokens.role("organizer");

    @Test
    void theReaderTypesReadOnlyWhatTheirProducersPublish() {
        TransportEvents.TRAVEL_REPORT.assertReaderFits(RegistrationTravel.TravelReport.class);
        TransportEvents.TRAVEL_WITHDRAWAL.assertReaderFits(RegistrationTravel.TravelWithdrawal.class);
        TransportEvents.DEPARTURE.assertReaderFits(LogisticsTransport.DepartureScheduled.class);
    }

    @Test
    void peopleLeavingSoonWithCopiesDueAreListedSoonestFirst() throws Exception {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/recalls/leaving").then().statusCode(200));
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        UUID zhang = attendee("张三");
        UUID li = attendee("李四");
        UUID wang = attendee("王五");
        UUID zhao = attendee("赵六");
        UUID sun = attendee("孙七");
        String report = document("政府工作报告（征求意见稿）");
        String plan = document("计划报告（征求意见稿）");
        List<String> reportCopies = copies(report, 5);
        List<String> planCopies = copies(plan, 2);
        issue(reportCopies.get(0), zhang);
        issue(reportCopies.get(1), li);
        issue(planCopies.get(0), li);
        issue(reportCopies.get(2), zhao);
        issue(reportCopies.get(3), sun);

        // 李四 reports an arrival first, then a train 1 hour from now: the arrival is skipped, never recorded
        String arrival = TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, li,
                "ARRIVAL", "TRAIN", "G1", now.minusDays(2), "北京南站", 1));
        String liLeaves = TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, li,
                "DEPARTURE", "TRAIN", "G2", now.plusHours(1), "北京南站", 2));
        // 张三 reports a train in 5 hours; logistics' send-off leaves the hotel in 3
        TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, zhang, "DEPARTURE",
                "TRAIN", "G88", now.plusHours(5), "北京西站", 1));
        String sendOff = sendOff(zhang, now.plusHours(5), "G88", now.plusHours(3), null, now.minusMinutes(1));
        // an older send-off arriving late changes nothing
        String stale = sendOff(zhang, now.plusHours(9), "G90", now.plusHours(7), "BOOKED", now.minusMinutes(30));
        // 王五 leaves in 2 hours holding nothing; 赵六 in 2.5 hours, returns his copy; 孙七 in 30 hours
        TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, wang, "DEPARTURE",
                "FLIGHT", "CA1234", now.plusHours(2), "首都机场", 1));
        TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, zhao, "DEPARTURE",
                "TRAIN", "D5", now.plusMinutes(150), "北京站", 1));
        String sunLeaves = TransportEvents.travel(RegistrationTravel.REPORTED, TransportEvents.travel(meeting, sun,
                "DEPARTURE", "FLIGHT", "MU5100", now.plusHours(30), "大兴机场", 3));

        await().atMost(TestWaits.DEADLINE).until(() -> TransportEvents.applied(dataSource, liLeaves)
                && TransportEvents.applied(dataSource, stale) && TransportEvents.applied(dataSource, sunLeaves));
        assertFalse(TransportEvents.applied(dataSource, arrival), "an arrival does not concern documents");
        assertTrue(TransportEvents.applied(dataSource, sendOff));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/recalls/leaving").then().statusCode(200).body("total", equalTo(3)));
        // 李四 in 1 hour, 赵六 in 2.5, 张三 by the send-off leaving in 3 (his train is in 5); 王五 holds nothing

        var list = given().auth().oauth2(organizer).get(base() + "/recalls/leaving").then().statusCode(200)
                .body("items.name", equalTo(List.of("李四", "赵六", "张三")))
                .body("items[0].departure.source", equalTo("REPORTED"))
                .body("items[0].departure.number", equalTo("G2"))
                .body("items[0].departure.station", equalTo("北京南站"))
                .body("items[0].copies.document", equalTo(List.of("政府工作报告（征求意见稿）", "计划报告（征求意见稿）")))
                .body("items[0].copies.copyNumber", equalTo(List.of("000002", "000001")))
                .body("items[0].copies[0].state", equalTo("ISSUED"))
                .body("items[0].copies[0].marking", equalTo("机密★20年"))
                .body("items[2].departure.source", equalTo("SEND_OFF"))
                .body("items[2].departure.number", equalTo("G88"))
                .body("items[2].departure.plate", equalTo("京A·12345"))
                .body("items[2].copies.copyNumber", equalTo(List.of("000001")))
                .extract();
        assertEquals(now.plusHours(3).toInstant(),
                OffsetDateTime.parse(list.path("items[2].departure.time")).toInstant());
        assertEquals(now.plusHours(5).toInstant(),
                OffsetDateTime.parse(list.path("items[2].departure.tripAt")).toInstant());
        assertEquals(1, TransportEvents.count(dataSource, "select count(*) from attendee_departure where"
                + " attendee_id = '" + zhang + "' and trip_number = 'G88' and reported_number = 'G88'"));

        // 赵六 hands his copy back: he drops off the list; a longer window takes 孙七 in
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("receivedBy", "清退组")).post(base() + "/copies/" + reportCopies.get(2) + "/return")
                .then().statusCode(200);
        given().auth().oauth2(organizer).queryParam("withinHours", 48).get(base() + "/recalls/leaving").then()
                .statusCode(200).body("items.name", equalTo(List.of("李四", "张三", "孙七")));

        // a recall whose deadline is further than the window takes in whoever leaves before it
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("deadline", now.plusHours(40).toString())).post(base() + "/recalls").then()
                .statusCode(201);
        given().auth().oauth2(organizer).queryParam("withinHours", 1).get(base() + "/recalls/leaving").then()
                .statusCode(200).body("items.name", equalTo(List.of("李四", "张三", "孙七")));

        // 李四's departure taken back: he is no longer leaving
        String withdrawn = TransportEvents.travel(RegistrationTravel.WITHDRAWN, withdrawal(li, "DEPARTURE", 3));
        await().atMost(TestWaits.DEADLINE).until(() -> TransportEvents.applied(dataSource, withdrawn));
        given().auth().oauth2(organizer).get(base() + "/recalls/leaving").then().statusCode(200)
                .body("items.name", equalTo(List.of("张三", "孙七")));

        byte[] pdf = given().auth().oauth2(organizer).get(base() + "/recalls/leaving.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.write(Files.createDirectories(Path.of("target", "documents-files")).resolve("leaving.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PdfFonts.Font> fonts = PdfFonts.of(document);
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PdfFonts.Font::embedded), fonts.toString());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("离会人员文件清退表") && text.contains("张三") && text.contains("孙七")
                    && text.contains("G88") && text.contains("清退经办人") && !text.contains("李四"), text);
        }
    }

    @Test
    void theWindowIsOneHourToThirtyDays() {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/recalls/leaving").then().statusCode(200));
        for (String hours : List.of("0", "721", "soon")) {
            given().auth().oauth2(organizer).queryParam("withinHours", hours).get(base() + "/recalls/leaving")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("withinHours"));
        }
    }

    private String base() {
        return "/api/v1/meetings/" + meeting;
    }

    private UUID attendee(String name) {
        UUID id = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 1, name, "ACTIVE"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/attendees/" + id).then().statusCode(200));
        return id;
    }

    private String document(String title) {
        return given().auth().oauth2(organizer).contentType("application/json").body(Map.of("title", title,
                "issuingBody", "大会秘书处", "pages", 12, "secretLevel", "SECRET", "termYears", 20))
                .post(base() + "/documents").then().statusCode(201).extract().path("id");
    }

    private List<String> copies(String document, int count) {
        return given().auth().oauth2(organizer).contentType("application/json").body(Map.of("count", count))
                .post(base() + "/documents/" + document + "/copies").then().statusCode(201).extract()
                .path("copies.id");
    }

    private void issue(String copy, UUID holder) {
        given().auth().oauth2(organizer).contentType("application/json")
                .body(Map.of("holderId", holder.toString(), "receivedBy", "签收人"))
                .post(base() + "/copies/" + copy + "/issue").then().statusCode(200);
    }

    private String sendOff(UUID attendee, OffsetDateTime trainAt, String number, OffsetDateTime leaveAt,
            String ticketStatus, OffsetDateTime eventTime) {
        return TransportEvents.send("logistics.transport", attendee.toString(), "/logistics-service",
                LogisticsTransport.DEPARTURE_SCHEDULED, TransportEvents.departure(meeting, attendee, trainAt, number,
                        leaveAt, ticketStatus), eventTime);
    }

    private ObjectNode withdrawal(UUID attendee, String direction, long version) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("direction", direction).put("version", version);
        TransportEvents.TRAVEL_WITHDRAWAL.assertValid(data);
        return data;
    }
}
