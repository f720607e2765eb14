package io.huiwu.logistics.transport;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.as;
import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.transport.TransportFixtures.person;
import static io.huiwu.logistics.transport.TransportFixtures.report;
import static io.huiwu.logistics.transport.TransportFixtures.reported;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Return tickets (返程票): booked for departing people, moved forward, cancelled and booked anew; refused for a
 * withdrawn person, a train leaving before the person arrives, a second open booking, a cancelled booking issued,
 * and a stale expected status, each naming the field and changing nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DepartureTicketTest {

    private static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2027-01-14T09:00:00+08:00");
    private static final OffsetDateTime DEPARTURE = OffsetDateTime.parse("2027-01-18T14:00:00+08:00");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ticketsAreBookedMovedForwardCancelledAndBookedAnew() throws Exception {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting + "/departure-tickets";
        UUID jia = person(meeting, "甲代表", null);
        UUID gone = person(meeting, "退会者", null);
        awaitRoster(meeting, 2);
        reported(report(meeting, jia, "ARRIVAL", "TRAIN", "G87", ARRIVAL, "北京西站", 0, 1));
        reported(report(meeting, jia, "DEPARTURE", "TRAIN", "G88", DEPARTURE, "北京西站", 0, 1));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get("/api/v1/meetings/" + meeting
                + "/travel").then().body("total", equalTo(2)));
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, gone, 2, "退会者", "WITHDRAWN")
                .putNull("rank"));
        awaitRoster(meeting, 1);

        // refusals name the field and write nothing
        logistics().body(ticket(gone, DEPARTURE)).post(base).then().statusCode(409)
                .body("errors[0].field", equalTo("attendeeId"));
        logistics().body(ticket(jia, ARRIVAL.minusHours(1))).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("departsAt"));
        Map<String, Object> cancelled = ticket(jia, DEPARTURE);
        cancelled.put("status", "CANCELLED");
        logistics().body(cancelled).post(base).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, Object> noMode = ticket(jia, DEPARTURE);
        noMode.put("mode", "BOAT");
        logistics().body(noMode).post(base).then().statusCode(400);
        as("registrar").body(ticket(jia, DEPARTURE)).post(base).then().statusCode(403);
        assertEquals(0, count("select count(*) from departure_ticket where meeting_id = '" + meeting + "'"));

        // booked once for one key; a second open booking is refused
        String key = UUID.randomUUID().toString();
        String first = logistics().header("Idempotency-Key", key).body(ticket(jia, DEPARTURE)).post(base).then()
                .statusCode(201).body("status", equalTo("REQUESTED")).body("name", equalTo("甲代表"))
                .body("number", equalTo("G88")).extract().path("id");
        logistics().header("Idempotency-Key", key).body(ticket(jia, DEPARTURE)).post(base).then().statusCode(201)
                .body("id", equalTo(first));
        logistics().body(ticket(jia, DEPARTURE.plusHours(2))).post(base).then().statusCode(409)
                .body("errors[0].field", equalTo("attendeeId"));
        assertEquals(1, count("select count(*) from departure_ticket where meeting_id = '" + meeting + "'"));

        // forward only; issuing needs the ticket's number; the status seen must still hold
        logistics().body(Map.of("status", "ISSUED")).post(base + "/" + first + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("ticketNumber"));
        logistics().body(Map.of("status", "BOOKED", "expectedStatus", "REQUESTED"))
                .post(base + "/" + first + "/status").then().statusCode(200).body("status", equalTo("BOOKED"));
        logistics().body(Map.of("status", "ISSUED", "expectedStatus", "REQUESTED", "ticketNumber", "E1"))
                .post(base + "/" + first + "/status").then().statusCode(409)
                .body("errors[0].field", equalTo("expectedStatus"));
        logistics().body(Map.of("status", "REQUESTED")).post(base + "/" + first + "/status").then()
                .statusCode(409).body("errors[0].field", equalTo("status"));
        assertEquals("BOOKED", text("select status from departure_ticket where id = '" + first + "'"));
        logistics().body(Map.of("status", "CANCELLED", "expectedStatus", "BOOKED"))
                .post(base + "/" + first + "/status").then().statusCode(200).body("status", equalTo("CANCELLED"));
        // a cancelled booking is never issued: a new booking is made instead
        logistics().body(Map.of("status", "ISSUED", "ticketNumber", "E1")).post(base + "/" + first + "/status")
                .then().statusCode(409).body("errors[0].field", equalTo("status"));
        assertEquals("CANCELLED", text("select status from departure_ticket where id = '" + first + "'"));
        Map<String, Object> issued = ticket(jia, DEPARTURE.plusHours(2));
        issued.put("status", "ISSUED");
        issued.put("ticketNumber", "E123456789");
        String second = logistics().body(issued).post(base).then().statusCode(201)
                .body("status", equalTo("ISSUED")).extract().path("id");
        assertEquals("E123456789", text("select ticket_number from departure_ticket where id = '" + second + "'"));

        logistics().queryParam("attendeeId", jia.toString()).get(base).then().statusCode(200)
                .body("items", hasSize(2)).body("items.status", equalTo(List.of("CANCELLED", "ISSUED")));
        logistics().queryParam("status", "ISSUED").get(base).then().body("items.id", equalTo(List.of(second)));
        as("registrar").get(base + "/" + second).then().statusCode(200).body("ticketNumber",
                equalTo("E123456789"));
    }

    static Map<String, Object> ticket(UUID attendee, OffsetDateTime departsAt) {
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("attendeeId", attendee.toString());
        ticket.put("mode", "TRAIN");
        ticket.put("number", "G88");
        ticket.put("departsAt", departsAt.toString());
        ticket.put("station", "北京西站");
        ticket.put("seatClass", "二等座");
        return ticket;
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
