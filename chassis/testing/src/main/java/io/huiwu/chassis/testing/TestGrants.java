package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Grants put on {@code registration.access} the way registration publishes them, checked against its schema, for
 * the tests of services that keep a replica of the grants.
 */
public final class TestGrants {

    public static final String TOPIC = "registration.access";
    public static final EventContract CONTRACT = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "StaffGrant");
    private static final AtomicLong VERSIONS = new AtomicLong(System.nanoTime() / 1_000_000);

    private TestGrants() {
    }

    /** Gives {@code test-<role>} (the subject of {@link TestTokens#role}) that role in the meeting. */
    public static void grant(UUID meetingId, String role) {
        grant(meetingId, TestTokens.subjectOf(role), role);
    }

    /** Gives each {@code test-<role>} its role in the meeting. */
    public static void grantAll(UUID meetingId, String... roles) {
        for (String role : roles) {
            grant(meetingId, role);
        }
    }

    public static void grant(UUID meetingId, String subject, String role) {
        publish("staff-granted", meetingId, subject, role, true);
    }

    public static void revoke(UUID meetingId, String subject, String role) {
        publish("staff-revoked", meetingId, subject, role, false);
    }

    private static void publish(String type, UUID meetingId, String subject, String role, boolean active) {
        ObjectNode data = TestEvents.object()
                .put("grantId", UUID.nameUUIDFromBytes((meetingId + subject + role).getBytes()).toString())
                .put("meetingId", meetingId.toString())
                .put("subject", subject)
                .put("role", role)
                .put("active", active)
                .put("version", VERSIONS.incrementAndGet())
                .put("changedBy", "test-organizer")
                .put("changedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        CONTRACT.assertValid(data);
        TopicEvents.inTestCluster().send(TOPIC, meetingId.toString(),
                TestEvents.envelope("/registration-service", type, meetingId.toString(), data));
    }
}
