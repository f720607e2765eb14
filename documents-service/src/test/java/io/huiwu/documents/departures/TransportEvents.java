package io.huiwu.documents.departures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TopicEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** registration's travel reports and logistics' send-offs and pickups as their producers publish them. */
final class TransportEvents {

    static final EventContract TRAVEL_REPORT = EventContract.of(Path.of("..", "registration-service", "asyncapi",
            "asyncapi.yaml"), "TravelReport");
    static final EventContract TRAVEL_WITHDRAWAL = EventContract.of(Path.of("..", "logistics-service", "asyncapi",
            "asyncapi.yaml"), "TravelWithdrawal");
    static final EventContract DEPARTURE = EventContract.of(Path.of("..", "logistics-service", "asyncapi",
            "asyncapi.yaml"), "DepartureScheduled");
    static final EventContract PICKUP = EventContract.of(Path.of("..", "logistics-service", "asyncapi",
            "asyncapi.yaml"), "Pickup");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransportEvents() {
    }

    /** travel-reported data, checked against registration's document. */
    static ObjectNode travel(UUID meeting, UUID attendee, String direction, String mode, String number,
            OffsetDateTime at, String place, long version) {
        ObjectNode data = TestEvents.object().put("reportId", UUID.randomUUID().toString())
                .put("meetingId", meeting.toString()).put("attendeeId", attendee.toString())
                .put("direction", direction).put("mode", mode).put("number", number).put("at", at.toString())
                .put("place", place).put("companions", 0).put("version", version);
        TRAVEL_REPORT.assertValid(data);
        return data;
    }

    /** departure-scheduled data, checked against logistics' document. */
    static ObjectNode departure(UUID meeting, UUID attendee, OffsetDateTime trainAt, String number,
            OffsetDateTime leaveAt, String ticketStatus) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("sendOffId", UUID.randomUUID().toString())
                .put("at", trainAt.toString()).put("place", "北京西站").put("mode", "TRAIN").put("number", number)
                .put("ticketStatus", ticketStatus).put("group", "京西宾馆 北京西站 第一批")
                .put("leaveAt", leaveAt.toString()).putNull("hotelId").put("hotel", "京西宾馆")
                .put("vehicleId", UUID.randomUUID().toString()).put("plate", "京A·12345").put("kind", "MINIBUS")
                .put("driver", "王师傅").put("staffInCharge", "会务组刘洋").put("seat", 2)
                .put("position", "SEAT_2").put("companions", 0);
        DEPARTURE.assertValid(data);
        return data;
    }

    /** Sends an event with the given id, key and CloudEvents time; answers its id. */
    static String send(String topic, String key, String source, String type, ObjectNode data,
            OffsetDateTime time) {
        String id = UUID.randomUUID().toString();
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(TestEvents.envelope(id, source, type, key, data));
            envelope.put("time", time.toString());
            TopicEvents.inTestCluster().send(topic, key, JSON.writeValueAsBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    static String travel(String type, ObjectNode data) {
        return send("registration.travel", data.path("attendeeId").asText(), "/registration-service", type, data,
                OffsetDateTime.now());
    }

    static long count(AgroalDataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean applied(AgroalDataSource dataSource, String eventId) {
        return count(dataSource, "select count(*) from inbox_event where event_id = '" + eventId + "'") == 1;
    }
}
