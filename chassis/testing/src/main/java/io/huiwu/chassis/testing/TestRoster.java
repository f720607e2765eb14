package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Roster events put on {@code registration.attendee} the way registration publishes them, checked against its
 * AsyncAPI document.
 */
public final class TestRoster {

    public static final String TOPIC = "registration.attendee";
    public static final EventContract CONTRACT = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "AttendeeSnapshot");

    private TestRoster() {
    }

    /** An entry as registration publishes it. */
    public static ObjectNode entry(UUID meetingId, UUID attendeeId, long version, String name, String status) {
        ObjectNode data = TestEvents.object()
                .put("attendeeId", attendeeId.toString())
                .put("meetingId", meetingId.toString())
                .put("version", version)
                .put("name", name)
                .put("gender", "FEMALE")
                .put("category", "ATTENDEE")
                .put("delegation", "长安区代表团")
                .put("unit", "长安区人民政府")
                .put("title", "区长")
                .put("rank", 7)
                .put("status", status)
                .putNull("principalId")
                .put("pinyin", "test")
                .put("strokeKey", String.format("%04x", name.hashCode() & 0xffff))
                .put("pinyinKey", String.format("%04x", name.hashCode() & 0xffff))
                .put("collationVersion", "test")
                .put("verification", "UNVERIFIED");
        CONTRACT.assertValid(data);
        return data;
    }

    /** Publishes an event with a new id; returns the id. */
    public static String publish(String type, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, data);
        return id;
    }

    /** Publishes an event with the given id, as a redelivery would. */
    public static void publish(String eventId, String type, ObjectNode data) {
        String subject = data.path("attendeeId").asText();
        TopicEvents.inTestCluster().send(TOPIC, subject,
                TestEvents.envelope(eventId, "/registration-service", type, subject, data));
    }
}
