package io.huiwu.logistics.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.PdfFonts;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clearance (清退) from documents.clearance: each person CLEARED, BLOCKED with what is due, or UNKNOWN; an event
 * applied once, an older report changing nothing; the blocked departures of the next hours; the send-off table
 * marking those who still hold copies.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ClearanceTest {

    private static final String CLEARANCE = "documents.clearance";
    private static final OffsetDateTime CHECKED = OffsetDateTime.parse("2027-01-17T10:00:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void clearanceIsKeptOnceInOrderAndMarkedOnTheSendOffTable() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        UUID jia = person(meeting, "甲代表", null);
        UUID yi = person(meeting, "乙代表", null);
        UUID bing = person(meeting, "丙代表", null);
        UUID ding = person(meeting, "丁代表", null);
        awaitRoster(meeting, 4);
        vehicle(meeting, "京A·20001", "BUS", 45, "孙师傅");
        vehicle(meeting, "京A·20002", "BUS", 45, "周师傅");
        // departures relative to the service's clock: the blocked list looks ahead from now
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusHours(2);
        reported(report(meeting, jia, "DEPARTURE", "TRAIN", "G88", soon, "北京西站", 0, 1));
        reported(report(meeting, yi, "DEPARTURE", "TRAIN", "G90", soon.plusMinutes(20), "北京西站", 0, 1));
        reported(report(meeting, bing, "DEPARTURE", "TRAIN", "G92", soon.plusMinutes(40), "北京西站", 0, 1));
        reported(report(meeting, ding, "DEPARTURE", "FLIGHT", "CA1501", soon.plusHours(28), "首都机场", 0, 1));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get(base + "/travel").then()
                .body("total", equalTo(4)));
        logistics().body("{}").post(base + "/send-offs/plan/apply").then().statusCode(200)
                .body("placed", equalTo(4));

        String jiaBlocked = send(meeting, "attendee-clearance-blocked", blocked(meeting, jia, CHECKED));
        String yiBlocked = send(meeting, "attendee-clearance-blocked", blocked(meeting, yi, CHECKED));
        send(meeting, "attendee-cleared", cleared(meeting, yi, CHECKED.plusHours(1)));
        // the first report again (same id), and an older one with a new id: neither changes 乙's clearance
        send(yiBlocked, meeting, "attendee-clearance-blocked", blocked(meeting, yi, CHECKED));
        send(meeting, "attendee-clearance-blocked", blocked(meeting, yi, CHECKED.minusHours(1)));
        send(meeting, "attendee-clearance-blocked", blocked(meeting, ding, CHECKED));
        // one key (the meeting) is one partition: once 丁 is blocked, everything before was read
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> assertEquals("BLOCKED", status(meeting, ding)));
        assertEquals("CLEARED", status(meeting, yi));
        assertEquals("BLOCKED", status(meeting, jia));
        assertEquals(1, count("select count(*) from inbox_event where event_id = '" + yiBlocked + "'"));
        assertEquals(0, count("select count(*) from attendee_clearance where attendee_id = '" + bing + "'"));

        Map<String, Object> jiaRow = logistics().get(base + "/departures").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.attendeeId == '" + jia + "' }");
        assertEquals("BLOCKED", ((Map<?, ?>) jiaRow.get("clearance")).get("status"));
        logistics().get(base + "/departures/blocked").then().statusCode(200)
                .body("items.attendeeId", equalTo(List.of(jia.toString())))
                .body("items[0].clearance.due[0].copyNumber", equalTo("000123"));
        logistics().queryParam("withinHours", 48).get(base + "/departures/blocked").then().statusCode(200)
                .body("items.attendeeId", equalTo(List.of(jia.toString(), ding.toString())));
        logistics().queryParam("withinHours", 0).get(base + "/departures/blocked").then().statusCode(400)
                .body("errors[0].field", containsString("withinHours"));
        logistics().get(base + "/send-offs").then().statusCode(200)
                .body("items[0].riders.clearance.status", equalTo(List.of("BLOCKED", "CLEARED", "UNKNOWN")));

        byte[] xlsx = logistics().get(base + "/send-offs/sheet.xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("送站表");
            assertEquals("文件清退", sheet.getRow(0).getCell(13).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("甲代表", first.getCell(5).getStringCellValue());
            assertEquals("未清退：会议文件（讨论稿） 第000123号", first.getCell(13).getStringCellValue());
            assertEquals(FillPatternType.SOLID_FOREGROUND, first.getCell(5).getCellStyle().getFillPattern());
            assertEquals("已清退", sheet.getRow(2).getCell(13).getStringCellValue());
            assertEquals(FillPatternType.NO_FILL, sheet.getRow(2).getCell(5).getCellStyle().getFillPattern());
            assertEquals("未知", sheet.getRow(3).getCell(13).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
        }
        byte[] pdf = logistics().get(base + "/send-offs/sheet.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target/transport"));
        Files.write(Path.of("target/transport/send-offs.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(PdfFonts.of(document).stream().allMatch(PdfFonts.Font::embedded), PdfFonts.of(document)
                    .toString());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("送站表") && text.contains("甲代表") && text.contains("京A·20001")
                    && text.contains("未清退") && text.contains("CA1501"), text);
        }
        assertEquals(1, TopicEvents.inTestCluster().matching(CLEARANCE, e -> jiaBlocked.equals(e.id())).size());
    }

    private static ObjectNode blocked(UUID meeting, UUID attendee, OffsetDateTime at) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("name", "某代表").putNull("delegation")
                .putNull("recallId").put("checkedBy", "机要组").put("checkedAt", at.toString());
        data.putArray("due").addObject().put("copyId", UUID.randomUUID().toString())
                .put("documentId", UUID.randomUUID().toString()).put("document", "会议文件（讨论稿）")
                .put("copyNumber", "000123").put("state", "ISSUED");
        return data;
    }

    private static ObjectNode cleared(UUID meeting, UUID attendee, OffsetDateTime at) {
        return TestEvents.object().put("meetingId", meeting.toString()).put("attendeeId", attendee.toString())
                .put("name", "某代表").putNull("delegation").putNull("recallId").put("clearedAt", at.toString());
    }

    /** Publishes as documents does, keyed by the meeting; returns the event id. */
    private static String send(UUID meeting, String type, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        send(id, meeting, type, data);
        return id;
    }

    private static void send(String id, UUID meeting, String type, ObjectNode data) {
        TopicEvents.inTestCluster().send(CLEARANCE, meeting.toString(), TestEvents.envelope(id,
                "/documents-service", type, meeting.toString(), data));
    }

    private String status(UUID meeting, UUID attendee) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select status from attendee_clearance where meeting_id = '"
                        + meeting + "' and attendee_id = '" + attendee + "'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
