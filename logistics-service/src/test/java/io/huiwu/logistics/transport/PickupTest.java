package io.huiwu.logistics.transport;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.transport.TransportFixtures.person;
import static io.huiwu.logistics.transport.TransportFixtures.report;
import static io.huiwu.logistics.transport.TransportFixtures.reported;
import static io.huiwu.logistics.transport.TransportFixtures.vehicle;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pickups (接站): previewed and applied from the arrivals on registration.travel, planned again wave by wave when a
 * train is late or someone withdraws, completed, and printed as the 接站安排表.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class PickupTest {

    /** What registration reads from pickup-scheduled for its readiness check. */
    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "PickupArrangement");
    private static final OffsetDateTime NINE = OffsetDateTime.parse("2027-01-14T09:00:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pickupsArePreviewedAppliedPlannedAgainForALateTrainCompletedAndPrinted() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        UUID leader = person(meeting, "首长", 1);
        UUID jia = person(meeting, "甲代表", null);
        UUID yi = person(meeting, "乙代表", null);
        UUID bing = person(meeting, "丙代表", null);
        awaitRoster(meeting, 4);
        String hotel = logistics().body(Map.of("name", "京西宾馆")).post(base + "/hotels").then().statusCode(201)
                .extract().path("id");
        String building = logistics().body(Map.of("name", "主楼")).post(base + "/hotels/" + hotel + "/buildings")
                .then().statusCode(201).extract().path("id");
        String floor = logistics().body(Map.of("level", 3)).post(base + "/buildings/" + building + "/floors").then()
                .statusCode(201).extract().path("id");
        String room = logistics().body(Map.of("number", "301", "type", "SINGLE", "beds", 1)).post(base + "/floors/"
                + floor + "/rooms").then().statusCode(201).extract().path("id");
        logistics().body(Map.of("roomId", room)).put(base + "/lodging/assignments/" + leader).then().statusCode(200);
        String vip = vehicle(meeting, "京A·00001", "VIP_CAR", 3, "王师傅");
        String car = vehicle(meeting, "京A·00002", "CAR", 4, "赵师傅");
        String minibus = vehicle(meeting, "京A·00003", "MINIBUS", 9, "钱师傅");

        reported(report(meeting, leader, "ARRIVAL", "TRAIN", "G87", NINE, "北京西站", 1, 1));
        reported(report(meeting, jia, "ARRIVAL", "TRAIN", "G87", NINE, "北京西站", 0, 1));
        reported(report(meeting, yi, "ARRIVAL", "TRAIN", "G651", NINE.plusMinutes(25), "北京西站", 0, 1));
        reported(report(meeting, bing, "ARRIVAL", "FLIGHT", "CA1202", NINE.plusMinutes(10), "首都机场", 2, 1));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/travel").then()
                .body("total", equalTo(4)));

        // a bad window is named, and nothing is planned
        logistics().body(Map.of("windowMinutes", 0)).post(base + "/pickups/plan/apply").then().statusCode(400)
                .body("errors[0].field", containsString("windowMinutes"));
        JsonPath preview = logistics().body("{}").post(base + "/pickups/plan/preview").then().statusCode(200)
                .body("people", equalTo(4)).body("placed", equalTo(4))
                .body("waves.key", equalTo(List.of("北京西站 01-14 09:00 → 京西宾馆", "北京西站 01-14 09:00 → 未分房",
                        "首都机场 01-14 09:10 → 未分房")))
                .extract().jsonPath();
        assertEquals(0, count("select count(*) from pickup where meeting_id = '" + meeting + "'"));
        // the leader rides the VIP car in the rear right seat, and says why
        assertEquals("京A·00001", preview.getString("waves[0].vehicles[0].plate"));
        assertEquals("REAR_RIGHT", preview.getString("waves[0].vehicles[0].riders[0].position"));
        assertEquals("VIP_CAR", preview.getString("waves[0].vehicles[0].riders[0].rule"));
        assertTrue(preview.getString("waves[0].vehicles[0].riders[0].explanationZh").contains("后排右座"));
        // two riders take the car, the party of three the minibus (the car is out)
        assertEquals("京A·00002", preview.getString("waves[1].vehicles[0].plate"));
        assertEquals(List.of("甲代表", "乙代表"), preview.getList("waves[1].vehicles[0].riders.name"));
        assertEquals("京A·00003", preview.getString("waves[2].vehicles[0].plate"));
        assertEquals(3, preview.getInt("waves[2].vehicles[0].occupied"));

        logistics().body("{}").post(base + "/pickups/plan/apply").then().statusCode(200)
                .body("scheduled", equalTo(3)).body("unchanged", equalTo(0)).body("removed", equalTo(0));
        assertEquals(3, count("select count(*) from pickup where meeting_id = '" + meeting + "'"));
        assertEquals(4, count("select count(*) from pickup_rider where meeting_id = '" + meeting + "'"));
        List<TopicEvents.Event> scheduled = await().atMost(TestWaits.DEADLINE).until(() -> events(meeting,
                "pickup-scheduled"), found -> found.size() >= 3);
        assertEquals(3, scheduled.size());
        for (TopicEvents.Event event : scheduled) {
            REGISTRATION_READS.assertValid(event.data());
            assertEquals(event.data().path("pickupId").asText(), event.key());
            assertFalse(event.data().toString().contains("13900000000"), "a phone travelled");
        }
        // applying again with nothing changed keeps everything
        logistics().body("{}").post(base + "/pickups/plan/apply").then().statusCode(200)
                .body("scheduled", equalTo(0)).body("unchanged", equalTo(3));
        String before = pickupsExcept(meeting, yi);

        // G651 is three hours late: only its wave is planned again; the leader's and the airport's stay as they were
        reported(report(meeting, yi, "ARRIVAL", "TRAIN", "G651", NINE.plusHours(3), "北京西站", 0, 2));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/pickups").then()
                .body("items.waveKey", equalTo(List.of("北京西站 01-14 09:00 → 京西宾馆", "北京西站 01-14 09:00 → 未分房",
                        "首都机场 01-14 09:10 → 未分房", "北京西站 01-14 12:00 → 未分房"))));
        assertEquals(before, pickupsExcept(meeting, yi));
        logistics().get(base + "/pickups").then().body("items[1].riders.name", equalTo(List.of("甲代表")))
                .body("items[3].riders.name", equalTo(List.of("乙代表")));

        // someone who withdraws leaves the plan at the next apply
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, bing, 2, "丙代表", "WITHDRAWN")
                .putNull("rank"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().body("{}").post(base
                + "/pickups/plan/preview").then().body("placed", equalTo(3)));
        logistics().body("{}").post(base + "/pickups/plan/apply").then().statusCode(200)
                .body("removed", equalTo(1)).body("scheduled", equalTo(0));
        assertEquals(0, count("select count(*) from pickup_rider where attendee_id = '" + bing + "'"));

        // by hand: 乙 joins 甲 in the car after all (the 12:00 pickup goes); someone withdrawn is refused
        String jias = logistics().get(base + "/pickups").then().extract().path("items[1].id");
        logistics().put(base + "/pickups/" + jias + "/riders/" + bing).then().statusCode(409)
                .body("errors[0].field", equalTo("attendeeId"));
        logistics().put(base + "/pickups/" + jias + "/riders/" + yi).then().statusCode(200)
                .body("riders.name", equalTo(List.of("甲代表", "乙代表"))).body("riders[1].rule", equalTo("BY_HAND"))
                .body("riders[1].seat", equalTo(2));
        assertEquals(2, count("select count(*) from pickup where meeting_id = '" + meeting + "'"));
        assertEquals(0, count("select count(*) from pickup_rider where attendee_id = '" + bing + "'"));

        // the leader is met: the pickup is completed, once
        String leaders = logistics().get(base + "/pickups").then().extract().path("items[0].id");
        logistics().post(base + "/pickups/" + leaders + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        logistics().post(base + "/pickups/" + leaders + "/complete").then().statusCode(200);
        logistics().post(base + "/pickups/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        List<TopicEvents.Event> completed = await().atMost(TestWaits.DEADLINE).until(() -> events(meeting,
                "pickup-completed"), found -> !found.isEmpty());
        assertEquals(1, completed.size());
        assertEquals(List.of(leader.toString()), List.of(completed.get(0).data().path("riders").get(0).asText()));
        // a vehicle still serving pickups stays
        logistics().delete(base + "/vehicles/" + vip).then().statusCode(409);

        // the pickup table, as a workbook and as a PDF with its font embedded
        byte[] xlsx = logistics().get(base + "/pickups/sheet.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("接站安排表");
            assertEquals("到达时间", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("1月14日 09:00", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("G87", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("首长", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("后排右座", sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("王师傅", sheet.getRow(1).getCell(8).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
        byte[] pdf = logistics().get(base + "/pickups/sheet.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target/transport"));
        Files.write(Path.of("target/transport/pickups.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(PdfFonts.of(document).stream().allMatch(PdfFonts.Font::embedded), PdfFonts.of(document)
                    .toString());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("接站安排表") && text.contains("首长") && text.contains("京A·00001")
                    && text.contains("G651"), text);
        }
        logistics().get(base + "/vehicles/" + car).then().statusCode(200);
        logistics().get(base + "/vehicles/" + minibus).then().statusCode(200);
    }

    /** The pickups of the meeting but the one of {@code rider}, as rows of the database. */
    private String pickupsExcept(UUID meeting, UUID rider) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var found = statement.executeQuery("select p.id, p.wave_key, p.vehicle_id, p.version,"
                        + " p.scheduled_at, r.attendee_id, r.seat, r.position from pickup p join pickup_rider r"
                        + " on r.pickup_id = p.id where p.meeting_id = '" + meeting + "' and r.attendee_id <> '"
                        + rider + "' and p.wave_key not like '北京西站 01-14 09:00 → 未分房%' order by p.id,"
                        + " r.seat")) {
            while (found.next()) {
                for (int c = 1; c <= 8; c++) {
                    rows.append(found.getString(c)).append(c == 8 ? "\n" : " ");
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows.toString();
    }

    private static List<TopicEvents.Event> events(UUID meeting, String type) {
        return TopicEvents.inTestCluster().matching("logistics.transport", e -> type.equals(e.type())
                && meeting.toString().equals(e.data().path("meetingId").asText()));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
