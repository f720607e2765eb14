package io.huiwu.chassis.inbox;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.CloudEvent;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.DatabaseFailures;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dead letters of this service: events its consumer could not apply, kept in the table {@code dead_letter} until
 * an operator replays or discards them.
 *
 * <p>A replay applies the stored event exactly as the consumer would have, in one transaction with its id in the
 * {@link Inbox} and the dead letter's new state: an event applied meanwhile (a redelivery after the failure) is not
 * applied again, and a replay that fails changes nothing but the count of attempts and the error.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Message DEAD_LETTER = Message.of("Dead letter", "死信");
    /** At most this many dead letters are replayed by one call of {@link #replayPending}. */
    public static final int REPLAY_BATCH = 500;

    private static final String COLUMNS = "id, status, topic, kafka_partition, kafka_offset, message_key, event_id,"
            + " event_type, subject, error, attempts, failed_at, last_attempt_at, outcome, resolved_at, resolved_by,"
            + " reason";
    private static final String RECORD = "insert into dead_letter (id, topic, kafka_partition, kafka_offset,"
            + " message_key, payload, event_id, event_type, subject, error, attempts)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (topic, kafka_partition, kafka_offset) do nothing";
    private static final String FILTER = " where (cast(? as varchar) is null or status = ?)"
            + " and (cast(? as varchar) is null or topic = ?)";

    private final AgroalDataSource dataSource;
    private final Subscriptions subscriptions;
    private final Inbox inbox;

    public DeadLetters(AgroalDataSource dataSource, Subscriptions subscriptions, Inbox inbox) {
        this.dataSource = dataSource;
        this.subscriptions = subscriptions;
        this.inbox = inbox;
    }

    /** Keeps a message the consumer gives up on; the same message recorded again changes nothing. */
    void record(ConsumerRecord<String, byte[]> record, CloudEvent event, String error, int attempts) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, record.topic());
            insert.setInt(3, record.partition());
            insert.setLong(4, record.offset());
            insert.setString(5, text(record.key(), 1_000));
            insert.setBytes(6, record.value() == null ? new byte[0] : record.value());
            insert.setString(7, event == null ? null : text(event.id(), 200));
            insert.setString(8, event == null ? null : text(event.type(), 200));
            insert.setString(9, event == null ? null : text(event.subject(), 1_000));
            insert.setString(10, text(error, 4_000));
            insert.setInt(11, attempts);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the dead letter: " + e.getMessage(), e);
        }
    }

    public PageResult<DeadLetter> list(DeadLetter.Status status, String topic, PageRequest page) {
        String statusName = status == null ? null : status.name();
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from dead_letter" + FILTER)) {
                filter(count, statusName, topic);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<DeadLetter> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from dead_letter"
                    + FILTER + " order by failed_at, topic, kafka_partition, kafka_offset limit ? offset ?")) {
                filter(select, statusName, topic);
                select.setInt(5, page.size());
                select.setLong(6, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(view(rows));
                    }
                }
            }
            return new PageResult<>(items, page.page(), page.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list dead letters: " + e.getMessage(), e);
        }
    }

    public DeadLetter require(UUID id) {
        return find(id).orElseThrow(() -> missing(id));
    }

    private Optional<DeadLetter> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                        + " from dead_letter where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read dead letter " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies a pending dead letter now. Answers 404 for a dead letter this service does not hold, 409 for one
     * already replayed or discarded, and {@code replay-failed} (409) when the event still cannot be applied, in which
     * case it stays pending with the new error.
     */
    public DeadLetter replay(UUID id, String by) {
        try {
            QuarkusTransaction.requiringNew().run(() -> replayInTransaction(id, by));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseFailures.unreachable(e)) {
                throw e;
            }
            String error = EventConsumer.rootMessage(e);
            LOG.warnf("Replaying dead letter %s failed again: %s", id, error);
            LOG.debug("Cause of the failed replay", e);
            recordFailedAttempt(id, error);
            throw new ProblemException(ProblemType.REPLAY_FAILED, Message.of(
                    "Dead letter {0} still cannot be applied: {1}. It stays pending: replay it again once the cause"
                            + " is fixed, or discard it.",
                    "死信 {0} 仍无法处理：{1}。它仍为待处理：排除原因后再次重放，或将其丢弃。", id, error));
        }
        return require(id);
    }

    private void replayInTransaction(UUID id, String by) {
        try (Connection connection = dataSource.getConnection()) {
            String topic;
            byte[] payload;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select status, topic, payload from dead_letter where id = ? for update")) {
                lock.setObject(1, id);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        throw missing(id);
                    }
                    if (!DeadLetter.Status.PENDING.name().equals(rows.getString(1))) {
                        throw resolved(id, rows.getString(1));
                    }
                    topic = rows.getString(2);
                    payload = rows.getBytes(3);
                }
            }
            CloudEvent event = EventCodec.read(payload);
            Optional<Subscription.Route<?>> route = subscriptions.route(topic, event.type());
            String outcome;
            if (route.isEmpty()) {
                outcome = "NOT_READ";
            } else if (!inbox.firstDelivery(event.id(), topic, event.type())) {
                outcome = "ALREADY_APPLIED";
            } else {
                route.get().apply(event);
                outcome = "APPLIED";
            }
            try (PreparedStatement update = connection.prepareStatement("update dead_letter set status = 'REPLAYED',"
                    + " outcome = ?, resolved_at = now(), resolved_by = ?, attempts = attempts + 1,"
                    + " last_attempt_at = now() where id = ?")) {
                update.setString(1, outcome);
                update.setString(2, text(by, 200));
                update.setObject(3, id);
                update.executeUpdate();
            }
            LOG.infof("Dead letter %s (event %s) replayed by %s: %s", id, event.id(), by, outcome);
        } catch (SQLException e) {
            throw new IllegalStateException("could not replay dead letter " + id + ": " + e.getMessage(), e);
        }
    }

    private void recordFailedAttempt(UUID id, String error) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update dead_letter set error = ?,"
                        + " attempts = attempts + 1, last_attempt_at = now() where id = ? and status = 'PENDING'")) {
            update.setString(1, text(error, 4_000));
            update.setObject(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not record the failed replay of dead letter %s: %s", id, e.getMessage());
        }
    }

    /** Marks a pending dead letter as not to be applied, with the reason; 404 and 409 as for a replay. */
    public DeadLetter discard(UUID id, String by, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement lock = connection.prepareStatement(
                        "select status from dead_letter where id = ? for update")) {
                    lock.setObject(1, id);
                    try (ResultSet rows = lock.executeQuery()) {
                        if (!rows.next()) {
                            throw missing(id);
                        }
                        if (!DeadLetter.Status.PENDING.name().equals(rows.getString(1))) {
                            throw resolved(id, rows.getString(1));
                        }
                    }
                }
                try (PreparedStatement update = connection.prepareStatement("update dead_letter set"
                        + " status = 'DISCARDED', resolved_at = now(), resolved_by = ?, reason = ? where id = ?")) {
                    update.setString(1, text(by, 200));
                    update.setString(2, reason);
                    update.setObject(3, id);
                    update.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not discard dead letter " + id + ": " + e.getMessage(), e);
            }
        });
        LOG.infof("Dead letter %s discarded by %s: %s", id, by, reason);
        return require(id);
    }

    /** Replays the pending dead letters (of one topic, if given), oldest first, at most {@link #REPLAY_BATCH}. */
    public ReplayReport replayPending(String topic, String by) {
        List<UUID> pending = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from dead_letter" + FILTER
                        + " order by failed_at, topic, kafka_partition, kafka_offset limit ?")) {
            filter(select, DeadLetter.Status.PENDING.name(), topic);
            select.setInt(5, REPLAY_BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list pending dead letters: " + e.getMessage(), e);
        }
        int applied = 0;
        int alreadyApplied = 0;
        int notRead = 0;
        List<ReplayReport.Failure> failures = new ArrayList<>();
        for (UUID id : pending) {
            try {
                switch (String.valueOf(replay(id, by).outcome())) {
                    case "APPLIED" -> applied++;
                    case "ALREADY_APPLIED" -> alreadyApplied++;
                    default -> notRead++;
                }
            } catch (ProblemException e) {
                if (e.type() == ProblemType.REPLAY_FAILED) {
                    failures.add(new ReplayReport.Failure(id, require(id).error()));
                }
                // otherwise resolved meanwhile by another call: nothing to count
            }
        }
        return new ReplayReport(applied, alreadyApplied, notRead, failures, remaining(topic, pending));
    }

    private long remaining(String topic, List<UUID> tried) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from dead_letter" + FILTER
                        + " and not (id = any(?))")) {
            filter(count, DeadLetter.Status.PENDING.name(), topic);
            Array ids = connection.createArrayOf("uuid", tried.toArray());
            count.setArray(5, ids);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count pending dead letters: " + e.getMessage(), e);
        }
    }

    private static void filter(PreparedStatement statement, String status, String topic) throws SQLException {
        statement.setString(1, status);
        statement.setString(2, status);
        statement.setString(3, topic);
        statement.setString(4, topic);
    }

    private static DeadLetter view(ResultSet rows) throws SQLException {
        return new DeadLetter(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getInt(4),
                rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getInt(11), rows.getObject(12, OffsetDateTime.class),
                rows.getObject(13, OffsetDateTime.class), rows.getString(14), rows.getObject(15, OffsetDateTime.class),
                rows.getString(16), rows.getString(17));
    }

    private static ProblemException missing(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of(
                "This service holds no dead letter {0}. Each service keeps its own: list them at /api/v1/dead-letters"
                        + " on the service that reported it.",
                "本服务没有死信 {0}。每个服务只保存自己的死信：请在报告它的服务的 /api/v1/dead-letters 查看。", id));
    }

    private static ProblemException resolved(UUID id, String status) {
        return ProblemException.conflict("REPLAYED".equals(status)
                ? Message.of("{0} {1} was already replayed; nothing was changed.", "{0} {1} 已重放过，未做任何修改。",
                        DEAD_LETTER, id)
                : Message.of("{0} {1} was discarded; nothing was changed.", "{0} {1} 已被丢弃，未做任何修改。",
                        DEAD_LETTER, id));
    }

    /** Text as PostgreSQL can store it: without NUL, and cut to the column's length. */
    private static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replace("\u0000", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
