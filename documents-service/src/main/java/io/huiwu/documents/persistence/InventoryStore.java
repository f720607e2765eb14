package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.CopyState;
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

/** Inventory checks (点检), the documents they cover and the copies scanned into them, in SQL. */
@ApplicationScoped
public class InventoryStore {

    private static final String CHECK = "id, meeting_id, place, note, opened_by, opened_at, closed_by, closed_at,"
            + " cast(reconciliation as text)";
    private static final String COPY = "c.id, c.document_id, d.title, c.copy_number, c.state, c.holder_id";

    /** A check as stored; the reconciliation is JSON, null while it is open. */
    public record Check(UUID id, UUID meetingId, String place, String note, String openedBy, OffsetDateTime openedAt,
            String closedBy, OffsetDateTime closedAt, String reconciliation) {
    }

    /** A copy with its document's title and where its ledger says it is. */
    public record Copy(UUID id, UUID documentId, String document, String copyNumber, CopyState state,
            UUID holderId) {
    }

    /** A copy scanned into a check. */
    public record Scan(UUID checkId, int seq, Copy copy, String scannedBy, OffsetDateTime scannedAt) {
    }

    private final EntityManager entityManager;

    public InventoryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(Check check, List<UUID> documentIds) {
        entityManager.createNativeQuery("insert into inventory_check (id, meeting_id, place, note, opened_by,"
                + " opened_at) values (:id, :meeting, :place, :note, :by, :at)").setParameter("id", check.id())
                .setParameter("meeting", check.meetingId()).setParameter("place", check.place())
                .setParameter("note", check.note()).setParameter("by", check.openedBy())
                .setParameter("at", check.openedAt()).executeUpdate();
        for (UUID document : documentIds) {
            entityManager.createNativeQuery("insert into inventory_check_document (check_id, document_id)"
                    + " values (:check, :document) on conflict do nothing").setParameter("check", check.id())
                    .setParameter("document", document).executeUpdate();
        }
    }

    /** The check of the meeting, its row locked when asked (a scan and the close follow each other). */
    @SuppressWarnings("unchecked")
    public Optional<Check> find(UUID meetingId, UUID checkId, boolean lock) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + CHECK + " from inventory_check where id ="
                + " :id and meeting_id = :meeting" + (lock ? " for update" : "")).setParameter("id", checkId)
                .setParameter("meeting", meetingId).getResultList();
        return rows.stream().findFirst().map(InventoryStore::check);
    }

    @SuppressWarnings("unchecked")
    public List<Check> list(UUID meetingId) {
        List<Check> checks = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select " + CHECK
                + " from inventory_check where meeting_id = :meeting order by opened_at, id")
                .setParameter("meeting", meetingId).getResultList()) {
            checks.add(check(row));
        }
        return checks;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> documents(UUID checkId) {
        return (List<UUID>) entityManager.createNativeQuery("select document_id from inventory_check_document"
                + " where check_id = :check order by document_id", UUID.class).setParameter("check", checkId)
                .getResultList();
    }

    public long scanned(UUID checkId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from inventory_scan where check_id ="
                + " :check").setParameter("check", checkId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public Optional<Scan> scan(UUID checkId, UUID copyId) {
        List<Object[]> rows = entityManager.createNativeQuery("select s.seq, s.scanned_by, s.scanned_at, " + COPY
                + " from inventory_scan s join document_copy c on c.id = s.copy_id join document d on d.id ="
                + " c.document_id where s.check_id = :check and s.copy_id = :copy").setParameter("check", checkId)
                .setParameter("copy", copyId).getResultList();
        return rows.stream().findFirst().map(row -> scan(checkId, row));
    }

    /** The copies scanned, in the order they were. */
    @SuppressWarnings("unchecked")
    public List<Scan> scans(UUID checkId) {
        List<Scan> scans = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select s.seq, s.scanned_by,"
                + " s.scanned_at, " + COPY + " from inventory_scan s join document_copy c on c.id = s.copy_id"
                + " join document d on d.id = c.document_id where s.check_id = :check order by s.seq")
                .setParameter("check", checkId).getResultList()) {
            scans.add(scan(checkId, row));
        }
        return scans;
    }

    public int insertScan(UUID checkId, UUID copyId, String by, OffsetDateTime at) {
        int seq = ((Number) entityManager.createNativeQuery("select coalesce(max(seq), 0) + 1 from inventory_scan"
                + " where check_id = :check").setParameter("check", checkId).getSingleResult()).intValue();
        entityManager.createNativeQuery("insert into inventory_scan (check_id, copy_id, seq, scanned_by, scanned_at)"
                + " values (:check, :copy, :seq, :by, :at)").setParameter("check", checkId)
                .setParameter("copy", copyId).setParameter("seq", seq).setParameter("by", by).setParameter("at", at)
                .executeUpdate();
        return seq;
    }

    /** The copies in custody among the check's documents (all of the meeting's when it names none). */
    @SuppressWarnings("unchecked")
    public List<Copy> expected(Check check, boolean scoped) {
        String scope = scoped ? " and c.document_id in (select document_id from inventory_check_document where"
                + " check_id = :check)" : "";
        var query = entityManager.createNativeQuery("select " + COPY + " from document_copy c join document d on"
                + " d.id = c.document_id where c.meeting_id = :meeting and c.state = 'IN_CUSTODY'" + scope
                + " order by d.created_at, d.id, c.copy_number").setParameter("meeting", check.meetingId());
        if (scoped) {
            query.setParameter("check", check.id());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> copy(row, 0)).toList();
    }

    public void close(UUID checkId, String by, OffsetDateTime at, String reconciliation) {
        entityManager.createNativeQuery("update inventory_check set closed_by = :by, closed_at = :at,"
                + " reconciliation = cast(:reconciliation as jsonb) where id = :id").setParameter("by", by)
                .setParameter("at", at).setParameter("reconciliation", reconciliation).setParameter("id", checkId)
                .executeUpdate();
    }

    private static Check check(Object[] row) {
        return new Check((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                time(row[5]), (String) row[6], row[7] == null ? null : time(row[7]), (String) row[8]);
    }

    private static Scan scan(UUID checkId, Object[] row) {
        return new Scan(checkId, ((Number) row[0]).intValue(), copy(row, 3), (String) row[1], time(row[2]));
    }

    private static Copy copy(Object[] row, int from) {
        return new Copy((UUID) row[from], (UUID) row[from + 1], (String) row[from + 2],
                ((String) row[from + 3]).strip(), CopyState.valueOf((String) row[from + 4]), (UUID) row[from + 5]);
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
