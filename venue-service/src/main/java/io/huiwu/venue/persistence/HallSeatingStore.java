package io.huiwu.venue.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.venue.domain.HallSeating;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Hand-written SQL of hall seating: the plans applied to sessions (thousands of seats each, written in batches), the
 * delegations' agreed order, and the meeting's roster copy with its withdrawn entries, which hall seating needs to
 * keep their seats empty. Columns are read by name.
 */
@ApplicationScoped
public class HallSeatingStore {

    private final AgroalDataSource dataSource;

    public HallSeatingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plan applied to a session. */
    public record Applied(long version, String policy, String appliedBy, OffsetDateTime appliedAt,
            List<HallSeating.Placement> placements) {
    }

    /** An entry of the roster copy, withdrawn or not, as hall seating reads it. */
    public record Entry(UUID id, long version, boolean withdrawn, String name, String category, String delegation,
            Integer rank, String role, String strokeKey) {
    }

    public Optional<Applied> applied(UUID sessionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement plan = c.prepareStatement("select version, policy, applied_by, applied_at"
                        + " from hall_seating where session_id = ?");
                PreparedStatement seats = c.prepareStatement("select seat_id, attendee_id, kind, zone, delegation,"
                        + " rule, sort_key, why from hall_seating_seat where session_id = ? order by seat_id")) {
            plan.setObject(1, sessionId);
            try (ResultSet row = plan.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                seats.setObject(1, sessionId);
                List<HallSeating.Placement> placements = new ArrayList<>();
                try (ResultSet s = seats.executeQuery()) {
                    while (s.next()) {
                        placements.add(new HallSeating.Placement(s.getString("seat_id"),
                                s.getObject("attendee_id", UUID.class), HallSeating.Kind.valueOf(s.getString("kind")),
                                s.getInt("zone"), s.getString("delegation"), s.getString("rule"),
                                s.getString("sort_key"), s.getString("why")));
                    }
                }
                return Optional.of(new Applied(row.getLong("version"), row.getString("policy"),
                        row.getString("applied_by"), row.getObject("applied_at", OffsetDateTime.class),
                        placements));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the hall seating of session " + sessionId, e);
        }
    }

    /** Replaces the session's plan with the one applied now; returns its version. */
    public long save(UUID sessionId, UUID hallId, String policy, String by, OffsetDateTime at,
            List<HallSeating.Placement> placements) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("insert into hall_seating (session_id, hall_id,"
                        + " version, policy, applied_by, applied_at) values (?, ?, 1, ?, ?, ?) on conflict"
                        + " (session_id) do update set hall_id = excluded.hall_id, version = hall_seating.version + 1,"
                        + " policy = excluded.policy, applied_by = excluded.applied_by,"
                        + " applied_at = excluded.applied_at returning version");
                PreparedStatement clear = c.prepareStatement("delete from hall_seating_seat where session_id = ?");
                PreparedStatement insert = c.prepareStatement("insert into hall_seating_seat (session_id, seat_id,"
                        + " attendee_id, kind, zone, delegation, rule, sort_key, why)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            upsert.setObject(1, sessionId);
            upsert.setObject(2, hallId);
            upsert.setString(3, policy);
            upsert.setString(4, by);
            upsert.setObject(5, at);
            long version;
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                version = row.getLong(1);
            }
            clear.setObject(1, sessionId);
            clear.executeUpdate();
            for (HallSeating.Placement p : placements) {
                insert.setObject(1, sessionId);
                insert.setString(2, p.seatId());
                insert.setObject(3, p.attendeeId());
                insert.setString(4, p.kind().name());
                insert.setInt(5, p.zone());
                insert.setString(6, p.delegation());
                insert.setString(7, p.rule());
                insert.setString(8, p.key());
                insert.setString(9, p.why());
                insert.addBatch();
            }
            insert.executeBatch();
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the hall seating of session " + sessionId, e);
        }
    }

    /** The meeting's delegations in their agreed order, first to last. */
    public List<String> delegationOrder(UUID meetingId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select name from delegation_order where"
                        + " meeting_id = ? order by position")) {
            select.setObject(1, meetingId);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString("name"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the delegation order of meeting " + meetingId, e);
        }
    }

    /** Replaces the agreed order, unless the one kept was set later. */
    public void setDelegationOrder(UUID meetingId, OffsetDateTime setAt, List<String> names) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement newer = c.prepareStatement("select 1 from delegation_order where meeting_id = ?"
                        + " and set_at > ?");
                PreparedStatement clear = c.prepareStatement("delete from delegation_order where meeting_id = ?");
                PreparedStatement insert = c.prepareStatement("insert into delegation_order (meeting_id, position,"
                        + " name, set_at) values (?, ?, ?, ?)")) {
            newer.setObject(1, meetingId);
            newer.setObject(2, setAt);
            try (ResultSet rows = newer.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            clear.setObject(1, meetingId);
            clear.executeUpdate();
            for (int i = 0; i < names.size(); i++) {
                insert.setObject(1, meetingId);
                insert.setInt(2, i + 1);
                insert.setString(3, names.get(i));
                insert.setObject(4, setAt);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the delegation order of meeting " + meetingId, e);
        }
    }

    /** The meeting's roster copy, withdrawn entries included, with the fields of registration's entry it needs. */
    public List<Entry> roster(UUID meetingId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select id, version, withdrawn, snapshot"
                        + " from roster_attendee where meeting_id = ?")) {
            select.setObject(1, meetingId);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode s = EventCodec.mapper().readTree(rows.getString("snapshot"));
                    entries.add(new Entry(rows.getObject("id", UUID.class), rows.getLong("version"),
                            rows.getBoolean("withdrawn"), s.path("name").asText(), s.path("category").asText(),
                            text(s, "delegation"), s.path("rank").isInt() ? s.path("rank").asInt() : null,
                            text(s, "delegationRole"), text(s, "strokeKey")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the roster copy of meeting " + meetingId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
