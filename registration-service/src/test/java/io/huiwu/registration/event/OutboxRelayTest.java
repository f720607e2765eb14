package io.huiwu.registration.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.schema.Housekeeping;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published event leaves the queue the relay claims from and is kept in {@code outbox_published} for the
 * retention period, after which housekeeping deletes it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Housekeeping housekeeping;

    @Test
    void aPublishedEventMovesToTheHistoryAndExpiresAfterTheRetention() throws Exception {
        String meeting = Fixtures.meeting("发件箱测试会议");
        String attendee = Fixtures.attendee(meeting, "司马光");
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.subject().equals(attendee)).isEmpty());
        // the row moves in the transaction that commits after Kafka acknowledged the batch
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from outbox_published"
                + " where message_key = ?", attendee) == 1);
        assertEquals(0, count("select count(*) from outbox_event where message_key = ?", attendee));
        assertEquals(1, count("select count(*) from outbox_published where message_key = ?"
                + " and event_type = 'attendee-registered' and sent_at >= created_at", attendee));

        housekeeping.cleanNow(Instant.now());
        assertEquals(1, count("select count(*) from outbox_published where message_key = ?", attendee),
                "a published event is kept for the retention period");

        int deleted = housekeeping.cleanNow(Instant.now().plus(Duration.ofDays(8)));
        assertTrue(deleted >= 1);
        assertEquals(0, count("select count(*) from outbox_published where message_key = ?", attendee));
    }

    private long count(String sql, String key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
