package io.huiwu.documents.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions of venue's schedule as venue last published them (table {@code session_copy}), in SQL. */
@ApplicationScoped
public class SessionCopies {

    private static final String COLUMNS = "session_id, meeting_id, version, kind, name, starts_at, ends_at, place,"
            + " cast(group_ids as text), cancelled";

    /** A session as kept. */
    public record Session(UUID sessionId, UUID meetingId, long version, String kind, String name,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, List<UUID> groupIds, boolean cancelled) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public SessionCopies(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Keeps the session unless the copy holds the same or a newer version; true when it was kept. */
    public boolean keep(Session session) {
        String groups;
        try {
            groups = json.writeValueAsString(session.groupIds());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the groups of session " + session.sessionId(), e);
        }
        return entityManager.createNativeQuery("insert into session_copy (session_id, meeting_id, version, kind, name,"
                + " starts_at, ends_at, place, group_ids, cancelled) values (:id, :meeting, :version, :kind, :name,"
                + " :starts, :ends, :place, cast(:groups as jsonb), :cancelled) on conflict (session_id) do update"
                + " set version = excluded.version, kind = excluded.kind, name = excluded.name,"
                + " starts_at = excluded.starts_at, ends_at = excluded.ends_at, place = excluded.place,"
                + " group_ids = excluded.group_ids, cancelled = excluded.cancelled"
                + " where session_copy.version < excluded.version and session_copy.meeting_id = excluded.meeting_id")
                .setParameter("id", session.sessionId()).setParameter("meeting", session.meetingId())
                .setParameter("version", session.version()).setParameter("kind", session.kind())
                .setParameter("name", session.name()).setParameter("starts", session.startsAt())
                .setParameter("ends", session.endsAt()).setParameter("place", session.place())
                .setParameter("groups", groups).setParameter("cancelled", session.cancelled())
                .executeUpdate() == 1;
    }

    public Optional<Session> find(UUID meetingId, UUID sessionId) {
        return query("where meeting_id = :meeting and session_id = :id", meetingId, sessionId).stream().findFirst();
    }

    /** The meeting's sessions by start, then name. */
    public List<Session> list(UUID meetingId) {
        return query("where meeting_id = :meeting", meetingId, null);
    }

    @SuppressWarnings("unchecked")
    private List<Session> query(String where, UUID meetingId, UUID sessionId) {
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from session_copy " + where
                + " order by starts_at, name, session_id").setParameter("meeting", meetingId);
        if (sessionId != null) {
            query.setParameter("id", sessionId);
        }
        List<Session> sessions = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            sessions.add(new Session((UUID) row[0], (UUID) row[1], ((Number) row[2]).longValue(), (String) row[3],
                    (String) row[4], time(row[5]), time(row[6]), (String) row[7], groups((String) row[8]),
                    (Boolean) row[9]));
        }
        return sessions;
    }

    private List<UUID> groups(String text) {
        try {
            return json.readValue(text, new TypeReference<List<UUID>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable groups of a session: " + text, e);
        }
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
