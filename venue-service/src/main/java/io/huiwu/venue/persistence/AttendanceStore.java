package io.huiwu.venue.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-written SQL of who attends a session: the copy of registration's leave register, and the admissions at the
 * session's door. A leave covers a session when it names it or when its period overlaps the session's time
 * (registration's own rule); someone is present while an admission of theirs stands.
 */
@ApplicationScoped
public class AttendanceStore {

    private final AgroalDataSource dataSource;

    public AttendanceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A leave as registration publishes it. */
    public record Leave(UUID absenceId, UUID meetingId, UUID attendeeId, OffsetDateTime from, OffsetDateTime to,
            List<UUID> sessionIds, String reasonKind, boolean withdrawn, long version) {
    }

    /** A person on leave for a session: the leave and its kind of reason. */
    public record OnLeave(UUID attendeeId, UUID absenceId, String reasonKind) {
    }

    /**
     * Keeps the leave unless the copy holds a later version of it (or the same version, withdrawn already).
     *
     * @return whether the copy changed
     */
    public boolean keep(Leave leave) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("insert into leave_copy (absence_id, meeting_id,"
                        + " attendee_id, starts_at, ends_at, session_ids, reason_kind, withdrawn, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (absence_id) do update set"
                        + " starts_at = excluded.starts_at, ends_at = excluded.ends_at,"
                        + " session_ids = excluded.session_ids, reason_kind = excluded.reason_kind,"
                        + " withdrawn = excluded.withdrawn, version = excluded.version"
                        + " where leave_copy.version < excluded.version or (leave_copy.version = excluded.version"
                        + " and excluded.withdrawn and not leave_copy.withdrawn)")) {
            upsert.setObject(1, leave.absenceId());
            upsert.setObject(2, leave.meetingId());
            upsert.setObject(3, leave.attendeeId());
            upsert.setObject(4, leave.from());
            upsert.setObject(5, leave.to());
            upsert.setArray(6, c.createArrayOf("uuid", leave.sessionIds().toArray()));
            upsert.setString(7, leave.reasonKind());
            upsert.setBoolean(8, leave.withdrawn());
            upsert.setLong(9, leave.version());
            return upsert.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep leave " + leave.absenceId(), e);
        }
    }

    /** The people on leave for a session, each with the first leave (by id) that covers it. */
    public Map<UUID, OnLeave> onLeave(UUID meetingId, UUID sessionId, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select attendee_id, absence_id, reason_kind"
                        + " from leave_copy where meeting_id = ? and not withdrawn and (? = any (session_ids)"
                        + " or (starts_at < ? and ends_at > ?)) order by attendee_id, absence_id")) {
            select.setObject(1, meetingId);
            select.setObject(2, sessionId);
            select.setObject(3, endsAt);
            select.setObject(4, startsAt);
            Map<UUID, OnLeave> found = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID attendee = rows.getObject("attendee_id", UUID.class);
                    found.putIfAbsent(attendee, new OnLeave(attendee, rows.getObject("absence_id", UUID.class),
                            rows.getString("reason_kind")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the leave of session " + sessionId, e);
        }
    }

    /**
     * Keeps an admission at a session's door, or its annulment (which wins, whichever arrives first); one for a
     * session this service does not hold in that meeting changes nothing.
     *
     * @return whether the copy changed
     */
    public boolean admission(UUID scanId, UUID meetingId, UUID sessionId, UUID attendeeId, OffsetDateTime at,
            boolean annulled) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement("insert into session_checkin (scan_id, meeting_id,"
                        + " session_id, attendee_id, scanned_at, annulled) select ?, ?, ?, ?, ?, ?"
                        + " where exists (select 1 from venue_session where id = ? and meeting_id = ?)"
                        + " on conflict (scan_id) do update set annulled = true"
                        + " where excluded.annulled and not session_checkin.annulled")) {
            upsert.setObject(1, scanId);
            upsert.setObject(2, meetingId);
            upsert.setObject(3, sessionId);
            upsert.setObject(4, attendeeId);
            upsert.setObject(5, at);
            upsert.setBoolean(6, annulled);
            upsert.setObject(7, sessionId);
            upsert.setObject(8, meetingId);
            return upsert.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep scan " + scanId, e);
        }
    }

    /** The people admitted to the session whose admission stands, with their first admission. */
    public Map<UUID, OffsetDateTime> present(UUID sessionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select attendee_id, min(scanned_at) as first_at"
                        + " from session_checkin where session_id = ? and not annulled group by attendee_id")) {
            select.setObject(1, sessionId);
            Map<UUID, OffsetDateTime> found = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject("attendee_id", UUID.class),
                            rows.getObject("first_at", OffsetDateTime.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read who is present at session " + sessionId, e);
        }
    }
}
