package io.huiwu.chassis.schema;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.kafka.EventsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what the chassis tables no longer need: published outbox rows after their retention, applied event ids
 * after the inbox retention (longer than any topic keeps a message, so no redelivery can outlive them), dead letters
 * replayed or discarded as long ago, and stored Idempotency-Key responses after a day. Pending dead letters stay.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    static final Duration IDEMPOTENCY_KEY_RETENTION = Duration.ofHours(24);

    private final AgroalDataSource dataSource;
    private final EventsConfig config;

    public Housekeeping(AgroalDataSource dataSource, EventsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "${huiwu.housekeeping.every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clean() {
        cleanNow(Instant.now());
    }

    /** Runs one cleaning pass now; returns the number of rows deleted. */
    public int cleanNow(Instant now) {
        Instant inboxExpiry = now.minus(config.consumer().inboxRetention());
        return delete("delete from outbox_published where sent_at < ?", now.minus(config.outbox().retention()))
                + delete("delete from inbox_event where processed_at < ?", inboxExpiry)
                + delete("delete from dead_letter where status <> 'PENDING' and resolved_at < ?", inboxExpiry)
                + delete("delete from idempotent_request where created_at < ?", now.minus(IDEMPOTENCY_KEY_RETENTION));
    }

    private int delete(String sql, Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Housekeeping failed, will try again: %s", e.getMessage());
            return 0;
        }
    }
}
