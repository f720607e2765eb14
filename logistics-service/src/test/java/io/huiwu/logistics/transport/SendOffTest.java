package io.huiwu.logistics.transport;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.transport.DepartureTicketTest.ticket;
import static io.huiwu.logistics.transport.TransportFixtures.person;
import static io.huiwu.logistics.transport.TransportFixtures.report;
import static io.huiwu.logistics.transport.TransportFixtures.reported;
import static io.huiwu.logistics.transport.TransportFixtures.vehicle;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Send-offs (送站): the departures (a booked ticket before the reported trip) grouped by station and time, previewed
 * and applied, departure-scheduled for each person whose arrangement is new or changed, and a cancelled ticket
 * putting the person back on their reported train.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SendOffTest {

    private static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2027-01-14T09:00:00+08:00");
    private static final OffsetDateTime TWO = OffsetDateTime.parse("2027-01-18T14:00:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sendOffsArePlannedAppliedAnnouncedAndPlannedAgainWhenATicketIsCancelled() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        UUID leader = person(meeting, "首长", 1);
        UUID jia = person(meeting, "甲代表", null);
        UUID yi = person(meeting, "乙代表", null);
        UUID bing = person(meeting, "丙代表", null);
        awaitRoster(meeting, 4);
        vehicle(meeting, "京A·10001", "VIP_CAR", 3, "王师傅");
        String car = vehicle(meeting, "京A·10002", "CAR", 4, "赵师傅");
        vehicle(meeting, "京A·10003", "MINIBUS", 9, "钱师傅");
        reported(report(meeting, leader, "DEPARTURE", "TRAIN", "G88", TWO, "北京西站", 1, 1));
        reported(report(meeting, jia, "DEPARTURE", "TRAIN", "G88", TWO, "北京西站", 0, 1));
        reported(report(meeting, yi, "ARRIVAL", "TRAIN", "G87", ARRIVAL, "北京西站", 0, 1));
        reported(report(meeting, yi, "DEPARTURE", "TRAIN", "G90", TWO.plusMinutes(30), "北京西站", 0, 1));
        reported(report(meeting, bing, "DEPARTURE", "CAR", null, TWO, "京西宾馆", 0, 1));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().queryParam("direction", "DEPARTURE")
                .get(base + "/travel").then().body("total", equalTo(4)));
        Map<String, Object> booked = ticket(yi, TWO.plusMinutes(90));
        booked.put("number", "G92");
        booked.put("station", "北京南站");
        booked.put("status", "BOOKED");
        String yiTicket = logistics().body(booked).post(base + "/departure-tickets").then().statusCode(201)
                .extract().path("id");

        // a bad window is named, and nothing is planned
        logistics().body(Map.of("windowMinutes", 0)).post(base + "/send-offs/plan/apply").then().statusCode(400)
                .body("errors[0].field", containsString("windowMinutes"));
        JsonPath preview = logistics().body("{}").post(base + "/send-offs/plan/preview").then().statusCode(200)
                .body("people", equalTo(4)).body("placed", equalTo(3))
                .body("groups.key", equalTo(List.of("未分房 → 北京西站 01-18 14:00", "未分房 → 北京南站 01-18 15:30")))
                .extract().jsonPath();
        assertEquals(0, count("select count(*) from send_off where meeting_id = '" + meeting + "'"));
        assertEquals(TWO.minusMinutes(120).toInstant(),
                OffsetDateTime.parse(preview.getString("groups[0].leaveAt")).toInstant());
        assertEquals("京A·10001", preview.getString("groups[0].vehicles[0].plate"));
        assertEquals("REAR_RIGHT", preview.getString("groups[0].vehicles[0].riders[0].position"));
        assertEquals("京A·10002", preview.getString("groups[0].vehicles[1].plate"));
        // the booked ticket wins over the reported train; the car still serves the first group, so the minibus
        assertEquals("G92", preview.getString("groups[1].vehicles[0].riders[0].number"));
        assertEquals(yiTicket, preview.getString("groups[1].vehicles[0].riders[0].ticketId"));
        assertEquals("京A·10003", preview.getString("groups[1].vehicles[0].plate"));
        assertEquals(bing.toString(), preview.getString("unplaced[0].attendeeId"));
        assertEquals("自驾返程：无需送站", preview.getString("unplaced[0].reasonZh"));

        logistics().body("{}").post(base + "/send-offs/plan/apply").then().statusCode(200)
                .body("sendOffs", equalTo(3)).body("placed", equalTo(3)).body("announced", equalTo(3))
                .body("unplaced", equalTo(1));
        assertEquals(3, count("select count(*) from send_off where meeting_id = '" + meeting + "'"));
        assertEquals(3, count("select count(*) from send_off_rider where meeting_id = '" + meeting + "'"));
        TopicEvents.Event yiEvent = await().atMost(TestWaits.DEADLINE).until(() -> departures(meeting, yi),
                found -> found.size() == 1).get(0);
        assertEquals(yi.toString(), yiEvent.key());
        assertEquals("G92", yiEvent.data().path("number").asText());
        assertEquals("BOOKED", yiEvent.data().path("ticketStatus").asText());
        assertEquals("北京南站", yiEvent.data().path("place").asText());
        assertEquals("京A·10003", yiEvent.data().path("plate").asText());
        assertEquals("钱师傅", yiEvent.data().path("driver").asText());
        assertEquals("保障组 李明", yiEvent.data().path("staffInCharge").asText());
        TopicEvents.Event leaderEvent = await().atMost(TestWaits.DEADLINE).until(() -> departures(meeting, leader),
                found -> found.size() == 1).get(0);
        assertEquals("REAR_RIGHT", leaderEvent.data().path("position").asText());
        assertEquals(1, leaderEvent.data().path("companions").asInt());
        assertFalse(leaderEvent.data().toString().contains("13900000000"), "a phone travelled");
        assertEquals(1, await().atMost(TestWaits.DEADLINE).until(() -> departures(meeting, jia),
                found -> found.size() == 1).size());
        assertEquals(0, departures(meeting, bing).size());

        // the same plan again announces nothing
        logistics().body("{}").post(base + "/send-offs/plan/apply").then().statusCode(200)
                .body("announced", equalTo(0));
        // the car serves a send-off: it cannot go
        logistics().delete(base + "/vehicles/" + car).then().statusCode(409);

        // the ticket cancelled, 乙 is back on the reported G90 at 14:30 and joins the first group in the car
        logistics().body(Map.of("status", "CANCELLED")).post(base + "/departure-tickets/" + yiTicket + "/status")
                .then().statusCode(200);
        logistics().body("{}").post(base + "/send-offs/plan/apply").then().statusCode(200)
                .body("sendOffs", equalTo(2)).body("announced", equalTo(1));
        TopicEvents.Event moved = await().atMost(TestWaits.DEADLINE).until(() -> departures(meeting, yi),
                found -> found.size() == 2).stream().filter(e -> "G90".equals(e.data().path("number").asText()))
                .findFirst().orElseThrow();
        assertEquals("京A·10002", moved.data().path("plate").asText());
        assertNull(moved.data().path("ticketStatus").textValue());
        assertEquals(2, count("select count(*) from send_off_rider r join send_off s on s.id = r.send_off_id"
                + " join vehicle v on v.id = s.vehicle_id where v.plate = '京A·10002' and r.meeting_id = '"
                + meeting + "'"));

        JsonPath departures = logistics().get(base + "/departures").then().statusCode(200)
                .body("total", equalTo(4)).extract().jsonPath();
        Map<String, Object> yiRow = departures.getMap("items.find { it.attendeeId == '" + yi + "' }");
        assertEquals("REPORTED", yiRow.get("source"));
        assertEquals("京A·10002", yiRow.get("plate"));
        assertNull(yiRow.get("ticket"));
        logistics().get(base + "/send-offs").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].riders.name", equalTo(List.of("首长")))
                .body("items[1].riders.name", equalTo(List.of("甲代表", "乙代表")));
    }

    private static List<TopicEvents.Event> departures(UUID meeting, UUID attendee) {
        return TopicEvents.inTestCluster().matching("logistics.transport", e -> "departure-scheduled"
                .equals(e.type()) && meeting.toString().equals(e.data().path("meetingId").asText())
                && attendee.toString().equals(e.key()));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
