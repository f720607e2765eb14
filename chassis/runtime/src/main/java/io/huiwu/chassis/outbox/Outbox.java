package io.huiwu.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.ids.FastIds;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.kafka.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The transactional outbox: the one way a service publishes an event. {@link #publish} writes the event into the
 * {@code outbox_event} table inside the caller's transaction, so the event exists if and only if the change that
 * caused it commits; {@link OutboxRelay} then sends it to Kafka. There is no "save, then send" anywhere.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (id, topic, message_key, event_type, payload)"
            + " values (?, ?, ?, ?, ?)";
    private static final Object WAKE_UP_REGISTERED = new Object();

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    public Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            EventsConfig config) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relay = relay;
        this.source = config.source();
    }

    /**
     * Records an event in the current transaction.
     *
     * @param topic       the topic of the producing aggregate, e.g. {@code registration.attendee}
     * @param type        the CloudEvents type, e.g. {@code attendee-registered}
     * @param aggregateId the aggregate the event is about: the CloudEvents subject and the Kafka key, so that one
     *                    aggregate's events stay in order
     * @param data        the payload, serialised as JSON
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String aggregateId, Object data) {
        UUID id = FastIds.next();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, aggregateId);
            insert.setString(4, type);
            insert.setString(5, EventCodec.envelope(id, source, type, aggregateId, data));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + type + " in the outbox", e);
        }
        wakeRelayAfterCommit();
        return id;
    }

    /** An event of a batch: the aggregate it is about and its data. */
    public record Pending(String aggregateId, Object data) {
    }

    /**
     * Records many events of one type in the current transaction with one batched statement, for bulk work
     * (imports, uploads of offline scans) where an insert per event would dominate the cost.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(String topic, String type, java.util.List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            for (Pending item : pending) {
                UUID id = FastIds.next();
                insert.setObject(1, id);
                insert.setString(2, topic);
                insert.setString(3, item.aggregateId());
                insert.setString(4, type);
                insert.setString(5, EventCodec.envelope(id, source, type, item.aggregateId(), item.data()));
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + pending.size() + " " + type + " events", e);
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
