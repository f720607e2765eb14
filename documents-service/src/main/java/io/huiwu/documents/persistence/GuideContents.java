package io.huiwu.documents.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.documents.api.GuideRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the organiser or the secretariat wrote for a meeting's attendee guide (table {@code guide_content}). */
@ApplicationScoped
public class GuideContents {

    /** The guide's text as kept. */
    public record Content(UUID meetingId, long version, List<GuideRequest.Notice> notices,
            List<GuideRequest.Contact> contacts, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public GuideContents(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The meeting's guide text, its row locked until the transaction ends when {@code forUpdate}. */
    @SuppressWarnings("unchecked")
    public Optional<Content> find(UUID meetingId, boolean forUpdate) {
        List<Object[]> rows = entityManager.createNativeQuery("select version, cast(notices as text),"
                + " cast(contacts as text), updated_by, updated_at from guide_content where meeting_id = :meeting"
                + (forUpdate ? " for update" : "")).setParameter("meeting", meetingId).getResultList();
        return rows.stream().findFirst().map(row -> new Content(meetingId, ((Number) row[0]).longValue(),
                read((String) row[1], new TypeReference<List<GuideRequest.Notice>>() { }),
                read((String) row[2], new TypeReference<List<GuideRequest.Contact>>() { }), (String) row[3],
                SessionCopies.time(row[4])));
    }

    /**
     * Writes the next version over the one read ({@code expected}, 0 when there is none yet); false when another
     * writer got there first (the version moved, or the first version was written meanwhile).
     */
    public boolean write(Content content, long expected) {
        String notices = write(content.notices());
        String contacts = write(content.contacts());
        if (expected == 0) {
            return entityManager.createNativeQuery("insert into guide_content (meeting_id, version, notices,"
                    + " contacts, updated_by, updated_at) values (:meeting, 1, cast(:notices as jsonb),"
                    + " cast(:contacts as jsonb), :by, :at) on conflict (meeting_id) do nothing")
                    .setParameter("meeting", content.meetingId()).setParameter("notices", notices)
                    .setParameter("contacts", contacts).setParameter("by", content.updatedBy())
                    .setParameter("at", content.updatedAt()).executeUpdate() == 1;
        }
        return entityManager.createNativeQuery("update guide_content set version = version + 1, notices ="
                + " cast(:notices as jsonb), contacts = cast(:contacts as jsonb), updated_by = :by, updated_at = :at"
                + " where meeting_id = :meeting and version = :expected")
                .setParameter("meeting", content.meetingId()).setParameter("notices", notices)
                .setParameter("contacts", contacts).setParameter("by", content.updatedBy())
                .setParameter("at", content.updatedAt()).setParameter("expected", expected).executeUpdate() == 1;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the guide's text", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable guide text: " + text, e);
        }
    }
}
