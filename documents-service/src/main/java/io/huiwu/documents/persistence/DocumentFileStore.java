package io.huiwu.documents.persistence;

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

/**
 * Documents' files (table {@code document_file}) and the meetings' file limits, in SQL: the listings read the
 * metadata only, never the content.
 */
@ApplicationScoped
public class DocumentFileStore {

    private static final String METADATA = "document_id, version, media_type, file_name, size_bytes, sha256,"
            + " uploaded_by, uploaded_at";

    /** A version of a file without its content. */
    public record StoredFile(UUID documentId, int version, String mediaType, String fileName, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** The meeting's own limit. */
    public record Limit(long maxBytes, String setBy, OffsetDateTime setAt) {
    }

    private final EntityManager entityManager;

    public DocumentFileStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public int lastVersion(UUID documentId) {
        Object last = entityManager.createNativeQuery("select coalesce(max(version), 0) from document_file"
                + " where document_id = :document").setParameter("document", documentId).getSingleResult();
        return ((Number) last).intValue();
    }

    public void insert(UUID meetingId, StoredFile file, byte[] content) {
        entityManager.createNativeQuery("insert into document_file (id, meeting_id, " + METADATA + ", content)"
                + " values (:id, :meeting, :document, :version, :type, :name, :size, :sha, :by, :at, :content)")
                .setParameter("id", UUID.randomUUID()).setParameter("meeting", meetingId)
                .setParameter("document", file.documentId()).setParameter("version", file.version())
                .setParameter("type", file.mediaType()).setParameter("name", file.fileName())
                .setParameter("size", file.sizeBytes()).setParameter("sha", file.sha256())
                .setParameter("by", file.uploadedBy()).setParameter("at", file.uploadedAt())
                .setParameter("content", content).executeUpdate();
    }

    /** The versions of a document's file, oldest first. */
    @SuppressWarnings("unchecked")
    public List<StoredFile> versions(UUID documentId) {
        List<StoredFile> files = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select " + METADATA
                + " from document_file where document_id = :document order by version")
                .setParameter("document", documentId).getResultList()) {
            files.add(file(row));
        }
        return files;
    }

    /** A version (the latest when null), without its content. */
    @SuppressWarnings("unchecked")
    public Optional<StoredFile> find(UUID documentId, Integer version) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + METADATA + " from document_file"
                + " where document_id = :document and (:version = 0 or version = :version)"
                + " order by version desc limit 1").setParameter("document", documentId)
                .setParameter("version", version == null ? 0 : version).getResultList();
        return rows.stream().findFirst().map(DocumentFileStore::file);
    }

    public byte[] content(UUID documentId, int version) {
        return (byte[]) entityManager.createNativeQuery("select content from document_file where document_id ="
                + " :document and version = :version").setParameter("document", documentId)
                .setParameter("version", version).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public Optional<Limit> limit(UUID meetingId) {
        List<Object[]> rows = entityManager.createNativeQuery("select max_bytes, set_by, set_at"
                + " from meeting_file_limit where meeting_id = :meeting").setParameter("meeting", meetingId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Limit(((Number) row[0]).longValue(), (String) row[1],
                time(row[2])));
    }

    public void setLimit(UUID meetingId, Limit limit) {
        entityManager.createNativeQuery("insert into meeting_file_limit (meeting_id, max_bytes, set_by, set_at)"
                + " values (:meeting, :max, :by, :at) on conflict (meeting_id) do update set max_bytes ="
                + " excluded.max_bytes, set_by = excluded.set_by, set_at = excluded.set_at")
                .setParameter("meeting", meetingId).setParameter("max", limit.maxBytes())
                .setParameter("by", limit.setBy()).setParameter("at", limit.setAt()).executeUpdate();
    }

    private static StoredFile file(Object[] row) {
        return new StoredFile((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                ((Number) row[4]).longValue(), ((String) row[5]).strip(), (String) row[6], time(row[7]));
    }

    private static OffsetDateTime time(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time;
        }
        if (column instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
    }
}
