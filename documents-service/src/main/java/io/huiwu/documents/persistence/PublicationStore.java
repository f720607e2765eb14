package io.huiwu.documents.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bulletins and summaries (table {@code publication}) and their numbering, in SQL. */
@ApplicationScoped
public class PublicationStore {

    private static final String COLUMNS = "id, meeting_id, kind, state, masthead, title, issuing_body, body, author,"
            + " created_at, submitted_by, submitted_at, approved_by, approved_at, published_by, published_at,"
            + " issue_number, cast(distribution as text), supersedes, superseded_by";

    /** A bulletin or summary as stored; the distribution is JSON, null until published. */
    public record Publication(UUID id, UUID meetingId, String kind, String state, String masthead, String title,
            String issuingBody, String body, String author, OffsetDateTime createdAt, String submittedBy,
            OffsetDateTime submittedAt, String approvedBy, OffsetDateTime approvedAt, String publishedBy,
            OffsetDateTime publishedAt, Integer issueNumber, String distribution, UUID supersedes,
            UUID supersededBy) {
    }

    private final EntityManager entityManager;

    public PublicationStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(Publication p) {
        entityManager.createNativeQuery("insert into publication (id, meeting_id, kind, state, masthead, title,"
                + " issuing_body, body, author, created_at, supersedes) values (:id, :meeting, :kind, :state,"
                + " :masthead, :title, :issuing, :body, :author, :at, :supersedes)").setParameter("id", p.id())
                .setParameter("meeting", p.meetingId()).setParameter("kind", p.kind())
                .setParameter("state", p.state()).setParameter("masthead", p.masthead())
                .setParameter("title", p.title()).setParameter("issuing", p.issuingBody())
                .setParameter("body", p.body()).setParameter("author", p.author())
                .setParameter("at", p.createdAt()).setParameter("supersedes", p.supersedes()).executeUpdate();
    }

    /** Writes everything but the identity, the author and the creation. */
    public void update(Publication p) {
        entityManager.createNativeQuery("update publication set state = :state, masthead = :masthead, title = :title,"
                + " issuing_body = :issuing, body = :body, submitted_by = :submittedBy, submitted_at = :submittedAt,"
                + " approved_by = :approvedBy, approved_at = :approvedAt, published_by = :publishedBy,"
                + " published_at = :publishedAt, issue_number = :number, distribution = cast(:distribution as jsonb),"
                + " supersedes = :supersedes, superseded_by = :supersededBy where id = :id")
                .setParameter("state", p.state()).setParameter("masthead", p.masthead())
                .setParameter("title", p.title()).setParameter("issuing", p.issuingBody())
                .setParameter("body", p.body()).setParameter("submittedBy", p.submittedBy())
                .setParameter("submittedAt", p.submittedAt()).setParameter("approvedBy", p.approvedBy())
                .setParameter("approvedAt", p.approvedAt()).setParameter("publishedBy", p.publishedBy())
                .setParameter("publishedAt", p.publishedAt()).setParameter("number", p.issueNumber())
                .setParameter("distribution", p.distribution()).setParameter("supersedes", p.supersedes())
                .setParameter("supersededBy", p.supersededBy()).setParameter("id", p.id()).executeUpdate();
    }

    /** The meeting's bulletin or summary, its row locked when asked. */
    public Optional<Publication> find(UUID meetingId, String kind, UUID id, boolean lock) {
        return query("meeting_id = :meeting and kind = :kind and id = :id", meetingId, kind, id, lock).stream()
                .findFirst();
    }

    /** The meeting's bulletins or summaries, oldest first. */
    public List<Publication> list(UUID meetingId, String kind) {
        return query("meeting_id = :meeting and kind = :kind", meetingId, kind, null, false);
    }

    /** The summary in force (published, not superseded), locked. */
    public Optional<Publication> summaryInForce(UUID meetingId) {
        return query("meeting_id = :meeting and kind = :kind and state = 'PUBLISHED'", meetingId, "SUMMARY", null,
                true).stream().findFirst();
    }

    /**
     * The next issue number of the meeting's bulletins: the counter's row stays locked until the commit, so
     * publications one after another take 1, 2, 3... and a publication rolled back gives its number back.
     */
    public int nextNumber(UUID meetingId, String kind) {
        return ((Number) entityManager.createNativeQuery("insert into publication_counter (meeting_id, kind,"
                + " last_number) values (:meeting, :kind, 1) on conflict (meeting_id, kind) do update"
                + " set last_number = publication_counter.last_number + 1 returning last_number")
                .setParameter("meeting", meetingId).setParameter("kind", kind).getSingleResult()).intValue();
    }

    /** Whether someone not withdrawn on the roster copy has this category, or this delegation. */
    public boolean onRoster(UUID meetingId, String column, String value) {
        String where = "category".equals(column) ? "category = :value" : "delegation = :value";
        return ((Number) entityManager.createNativeQuery("select count(*) from roster_attendee where meeting_id ="
                + " :meeting and not withdrawn and " + where).setParameter("meeting", meetingId)
                .setParameter("value", value).getSingleResult()).longValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Publication> query(String where, UUID meetingId, String kind, UUID id, boolean lock) {
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from publication where " + where
                + " order by created_at, id" + (lock ? " for update" : "")).setParameter("meeting", meetingId)
                .setParameter("kind", kind);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Publication> found = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            found.add(new Publication((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                    time(row[9]), (String) row[10], time(row[11]), (String) row[12], time(row[13]),
                    (String) row[14], time(row[15]), row[16] == null ? null : ((Number) row[16]).intValue(),
                    (String) row[17], (UUID) row[18], (UUID) row[19]));
        }
        return found;
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : SessionCopies.time(value);
    }
}
