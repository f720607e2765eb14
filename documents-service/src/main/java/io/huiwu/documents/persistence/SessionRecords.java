package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.SessionRecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions' host scripts, minutes and group records with their versions (tables {@code session_record*}), in SQL. */
@ApplicationScoped
public class SessionRecords {

    private static final String VERSION = "v.session_id, v.kind, v.version, v.body, v.document_id,"
            + " cast(v.recordings as text), v.saved_by, v.saved_at, r.version, r.final_version";

    /** A record's head: the current version and the final one. */
    public record Head(UUID sessionId, SessionRecordKind kind, int version, Integer finalVersion, String finalisedBy,
            OffsetDateTime finalisedAt) {
    }

    /** A stored version, with its record's current and final versions; recordings as JSON. */
    public record Version(UUID sessionId, SessionRecordKind kind, int version, String body, UUID documentId,
            String recordings, String savedBy, OffsetDateTime savedAt, int currentVersion, Integer finalVersion) {
    }

    private final EntityManager entityManager;

    public SessionRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The record's head, created at version 0 when there is none yet, its row locked until the commit. */
    @SuppressWarnings("unchecked")
    public Head lock(UUID meetingId, UUID sessionId, SessionRecordKind kind) {
        entityManager.createNativeQuery("insert into session_record (session_id, kind, meeting_id, version)"
                + " values (:session, :kind, :meeting, 0) on conflict do nothing").setParameter("session", sessionId)
                .setParameter("kind", kind.name()).setParameter("meeting", meetingId).executeUpdate();
        List<Object[]> rows = entityManager.createNativeQuery("select version, final_version, finalised_by,"
                + " finalised_at from session_record where session_id = :session and kind = :kind for update")
                .setParameter("session", sessionId).setParameter("kind", kind.name()).getResultList();
        Object[] row = rows.get(0);
        return new Head(sessionId, kind, ((Number) row[0]).intValue(), row[1] == null ? null
                : ((Number) row[1]).intValue(), (String) row[2], row[3] == null ? null : SessionCopies.time(row[3]));
    }

    public void append(UUID sessionId, SessionRecordKind kind, int version, String body, UUID documentId,
            String recordings, String savedBy, OffsetDateTime savedAt) {
        entityManager.createNativeQuery("insert into session_record_version (session_id, kind, version, body,"
                + " document_id, recordings, saved_by, saved_at) values (:session, :kind, :version, :body,"
                + " :document, cast(:recordings as jsonb), :by, :at)").setParameter("session", sessionId)
                .setParameter("kind", kind.name()).setParameter("version", version).setParameter("body", body)
                .setParameter("document", documentId).setParameter("recordings", recordings)
                .setParameter("by", savedBy).setParameter("at", savedAt).executeUpdate();
        entityManager.createNativeQuery("update session_record set version = :version where session_id = :session"
                + " and kind = :kind").setParameter("version", version).setParameter("session", sessionId)
                .setParameter("kind", kind.name()).executeUpdate();
    }

    public void markFinal(UUID sessionId, SessionRecordKind kind, int version, String by, OffsetDateTime at) {
        entityManager.createNativeQuery("update session_record set final_version = :version, finalised_by = :by,"
                + " finalised_at = :at where session_id = :session and kind = :kind")
                .setParameter("version", version).setParameter("by", by).setParameter("at", at)
                .setParameter("session", sessionId).setParameter("kind", kind.name()).executeUpdate();
    }

    /** One version, or the current one when {@code version} is null. */
    public Optional<Version> version(UUID sessionId, SessionRecordKind kind, Integer version) {
        return query("v.session_id = :session and v.kind = :kind and v.version = "
                + (version == null ? "r.version" : ":version"), sessionId, kind, version, null)
                .stream().findFirst();
    }

    /** Every version of the record, oldest first. */
    public List<Version> history(UUID sessionId, SessionRecordKind kind) {
        return query("v.session_id = :session and v.kind = :kind", sessionId, kind, null, null);
    }

    /** The current version of each record of a kind in the meeting. */
    public List<Version> current(UUID meetingId, SessionRecordKind kind) {
        return query("r.meeting_id = :meeting and v.kind = :kind and v.version = r.version", null, kind, null,
                meetingId);
    }

    @SuppressWarnings("unchecked")
    private List<Version> query(String where, UUID sessionId, SessionRecordKind kind, Integer version,
            UUID meetingId) {
        var query = entityManager.createNativeQuery("select " + VERSION + " from session_record_version v join"
                + " session_record r on r.session_id = v.session_id and r.kind = v.kind where " + where
                + " order by v.session_id, v.version").setParameter("kind", kind.name());
        if (sessionId != null) {
            query.setParameter("session", sessionId);
        }
        if (version != null) {
            query.setParameter("version", version);
        }
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        List<Version> versions = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            versions.add(new Version((UUID) row[0], SessionRecordKind.valueOf((String) row[1]),
                    ((Number) row[2]).intValue(), (String) row[3], (UUID) row[4], (String) row[5], (String) row[6],
                    SessionCopies.time(row[7]), ((Number) row[8]).intValue(),
                    row[9] == null ? null : ((Number) row[9]).intValue()));
        }
        return versions;
    }
}
