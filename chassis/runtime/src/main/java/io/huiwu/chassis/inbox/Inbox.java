package io.huiwu.chassis.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The idempotent inbox: remembers which events this service has applied. The id is recorded in the same
 * transaction as the effect, so an event redelivered after a crash or a rebalance finds its id and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into inbox_event (event_id, topic, event_type) values (?, ?, ?)"
            + " on conflict (event_id) do nothing";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event as applied in the current transaction.
     *
     * @return true on the first delivery, false if the event was applied before (or is being applied now by a
     *         transaction that will commit first)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String topic, String type) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, type);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox", e);
        }
    }
}
