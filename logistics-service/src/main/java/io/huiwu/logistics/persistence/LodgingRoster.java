package io.huiwu.logistics.persistence;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.logistics.event.LodgingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meeting's active roster entries (the chassis's replica) as lodging reads them. */
@ApplicationScoped
public class LodgingRoster {

    private final AgroalDataSource dataSource;

    public LodgingRoster(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Everyone of the meeting who has not withdrawn, in the roster's stroke order. */
    public List<LodgingSnapshot> active(UUID meetingId) {
        List<LodgingSnapshot> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot from roster_attendee"
                        + " where meeting_id = ? and not withdrawn order by stroke_key, id")) {
            select.setObject(1, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(read(rows.getString("snapshot")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the roster of meeting " + meetingId, e);
        }
        return people;
    }

    /** One active person of the meeting. */
    public Optional<LodgingSnapshot> find(UUID meetingId, UUID attendeeId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot from roster_attendee"
                        + " where id = ? and meeting_id = ? and not withdrawn")) {
            select.setObject(1, attendeeId);
            select.setObject(2, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString("snapshot"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attendee " + attendeeId, e);
        }
    }

    private static LodgingSnapshot read(String snapshot) {
        try {
            return EventCodec.mapper().readValue(snapshot, LodgingSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
