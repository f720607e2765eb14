package io.huiwu.logistics.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TopicEvents;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;

/** People on the roster and their trips, put on the topics the way registration publishes them. */
final class TransportFixtures {

    static final String TRAVEL = "registration.travel";

    private TransportFixtures() {
    }

    /** Someone on the roster; {@code rank} null for none. */
    static UUID person(UUID meeting, String name, Integer rank) {
        UUID id = UUID.randomUUID();
        ObjectNode entry = TestRoster.entry(meeting, id, 1, name, "ACTIVE");
        if (rank == null) {
            entry.putNull("rank");
        } else {
            entry.put("rank", rank);
        }
        TestRoster.publish("attendee-registered", entry);
        return id;
    }

    /** A travel report as registration's TravelEvents writes it. */
    static ObjectNode report(UUID meeting, UUID attendee, String direction, String mode, String number,
            OffsetDateTime at, String place, int companions, long version) {
        ObjectNode data = TestEvents.object()
                .put("reportId", UUID.nameUUIDFromBytes((attendee + direction).getBytes()).toString())
                .put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString())
                .put("direction", direction)
                .put("mode", mode)
                .put("at", at.toString())
                .put("place", place)
                .put("companions", companions)
                .put("version", version);
        if (number == null) {
            data.putNull("number");
        } else {
            data.put("number", number);
        }
        return data;
    }

    /** Publishes travel-reported with a new id; returns the id. */
    static String reported(ObjectNode report) {
        String id = UUID.randomUUID().toString();
        reported(id, report);
        return id;
    }

    static void reported(String eventId, ObjectNode report) {
        String subject = report.path("attendeeId").asText();
        TopicEvents.inTestCluster().send(TRAVEL, subject, TestEvents.envelope(eventId, "/registration-service",
                "travel-reported", subject, report));
    }

    static String vehicle(UUID meeting, String plate, String kind, int seats, String driver) {
        return logistics().body(VehicleTest.vehicle(plate, kind, seats, driver, "13900000000"))
                .post("/api/v1/meetings/" + meeting + "/vehicles").then().statusCode(201).extract().path("id");
    }
}
