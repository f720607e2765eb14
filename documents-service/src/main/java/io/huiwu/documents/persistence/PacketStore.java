package io.huiwu.documents.persistence;

import io.huiwu.documents.api.DistributionView;
import io.huiwu.documents.api.PacketDueView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Distribution lists and the packets due at check-in desks, in hand-written SQL. */
@ApplicationScoped
public class PacketStore {

    /** A document a person's lists give them, with the copy they hold of it now, if any. */
    public record Due(UUID documentId, String title, UUID copyId, String copyNumber) {
    }

    /** The desk a person's packet waits at, and when it was issued. */
    public record Desk(String listName, OffsetDateTime issuedAt) {
    }

    private final EntityManager entityManager;

    public PacketStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** False when the document already has this line. */
    public boolean addLine(DistributionView line, UUID meetingId) {
        return entityManager.createNativeQuery("insert into distribution_entry (id, meeting_id, document_id, kind,"
                + " target, added_by, added_at) values (:id, :meeting, :document, :kind, :target, :by, :at)"
                + " on conflict (document_id, kind, target) do nothing")
                .setParameter("id", line.id()).setParameter("meeting", meetingId)
                .setParameter("document", line.documentId()).setParameter("kind", line.kind())
                .setParameter("target", line.target()).setParameter("by", line.addedBy())
                .setParameter("at", line.addedAt()).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public List<DistributionView> lines(UUID meetingId, UUID documentId) {
        Query query = entityManager.createNativeQuery("select id, document_id, kind, target, added_by, added_at"
                + " from distribution_entry where meeting_id = :meeting"
                + (documentId == null ? "" : " and document_id = :document") + " order by added_at, id")
                .setParameter("meeting", meetingId);
        if (documentId != null) {
            query.setParameter("document", documentId);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new DistributionView((UUID) row[0],
                (UUID) row[1], (String) row[2], (String) row[3], (String) row[4], time(row[5]))).toList();
    }

    /** The documents a person's lists name (by category, delegation or person), ordered by title. */
    @SuppressWarnings("unchecked")
    public List<Due> packet(UUID meetingId, UUID attendeeId, String category, String delegation) {
        List<Object[]> rows = entityManager.createNativeQuery("select d.id, d.title, c.id, c.copy_number"
                + " from document d left join document_copy c on c.document_id = d.id and c.holder_id = :person"
                + " where d.meeting_id = :meeting and exists (select 1 from distribution_entry l"
                + " where l.document_id = d.id and ((l.kind = 'CATEGORY' and l.target = :category)"
                + " or (l.kind = 'DELEGATION' and l.target = :delegation)"
                + " or (l.kind = 'PERSON' and l.target = :personText)))"
                + " order by d.title, d.id, c.copy_number")
                .setParameter("meeting", meetingId).setParameter("person", attendeeId)
                .setParameter("personText", attendeeId.toString())
                .setParameter("category", category == null ? "" : category)
                .setParameter("delegation", delegation == null ? "" : delegation).getResultList();
        return rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3]))
                .toList();
    }

    /** The first check-in at a desk makes the packet due; a later one changes nothing. */
    public void due(UUID meetingId, UUID attendeeId, UUID scanId, UUID listId, String listName,
            OffsetDateTime checkedInAt) {
        entityManager.createNativeQuery("insert into packet_due (meeting_id, attendee_id, scan_id, list_id,"
                + " list_name, checked_in_at) values (:meeting, :person, :scan, :list, :name, :at)"
                + " on conflict (meeting_id, attendee_id) do nothing")
                .setParameter("meeting", meetingId).setParameter("person", attendeeId).setParameter("scan", scanId)
                .setParameter("list", listId).setParameter("name", listName).setParameter("at", checkedInAt)
                .executeUpdate();
    }

    /** A check-in taken back: its packet is no longer due, unless it was issued. */
    public void annulled(UUID meetingId, UUID scanId) {
        entityManager.createNativeQuery("delete from packet_due where meeting_id = :meeting and scan_id = :scan"
                + " and issued_at is null").setParameter("meeting", meetingId).setParameter("scan", scanId)
                .executeUpdate();
    }

    public void issued(UUID meetingId, UUID attendeeId, OffsetDateTime at) {
        entityManager.createNativeQuery("update packet_due set issued_at = :at where meeting_id = :meeting"
                + " and attendee_id = :person and issued_at is null").setParameter("at", at)
                .setParameter("meeting", meetingId).setParameter("person", attendeeId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Desk> desk(UUID meetingId, UUID attendeeId) {
        List<Object[]> rows = entityManager.createNativeQuery("select list_name, issued_at from packet_due"
                + " where meeting_id = :meeting and attendee_id = :person").setParameter("meeting", meetingId)
                .setParameter("person", attendeeId).getResultList();
        return rows.stream().findFirst().map(row -> new Desk((String) row[0], time(row[1])));
    }

    /** People checked in at a desk whose packet is not issued, first come first. */
    @SuppressWarnings("unchecked")
    public List<PacketDueView> dueList(UUID meetingId, UUID listId) {
        Query query = entityManager.createNativeQuery("select p.attendee_id, r.name, r.delegation, p.list_id,"
                + " p.list_name, p.checked_in_at from packet_due p join roster_attendee r on r.id = p.attendee_id"
                + " where p.meeting_id = :meeting and p.issued_at is null"
                + (listId == null ? "" : " and p.list_id = :list") + " order by p.checked_in_at, p.attendee_id")
                .setParameter("meeting", meetingId);
        if (listId != null) {
            query.setParameter("list", listId);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new PacketDueView((UUID) row[0],
                (String) row[1], (String) row[2], (UUID) row[3], (String) row[4], time(row[5]))).toList();
    }

    private static OffsetDateTime time(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time;
        }
        if (column instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return column == null ? null : ((Timestamp) column).toInstant().atOffset(ZoneOffset.UTC);
    }
}
