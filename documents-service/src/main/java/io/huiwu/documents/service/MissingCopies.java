package io.huiwu.documents.service;

import io.huiwu.documents.api.MissingCopyView;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.ConfidentialCopy;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Copies not back by a recall's deadline become missing (DOMAIN.md: a copy not back is missing, nothing deleted).
 * Once a recall's deadline has passed, every copy that must come back and has been out since before that deadline
 * (its last entry recorded by then) gets a MISSING entry dated at the deadline, by documents-service, which
 * publishes material-missing with the last entry known before it. A copy handed out after the deadline is not
 * touched. The check runs on a schedule ({@code huiwu.documents.recall.missing-check-every}) and on demand.
 */
@ApplicationScoped
public class MissingCopies {

    private static final Logger LOG = Logger.getLogger(MissingCopies.class);
    static final String NOTE = "not back by the recall's deadline (清退期限已过未交回)";

    private final DocumentRepositories.Recalls recalls;
    private final CopyLedgerService ledger;
    private final EntityManager entityManager;

    public MissingCopies(DocumentRepositories.Recalls recalls, CopyLedgerService ledger,
            EntityManager entityManager) {
        this.recalls = recalls;
        this.ledger = ledger;
        this.entityManager = entityManager;
    }

    /** Every meeting whose recall deadline has passed, each in a transaction of its own. */
    @Scheduled(every = "${huiwu.documents.recall.missing-check-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void atTheDeadlines() {
        OffsetDateTime now = DocumentService.now();
        List<UUID> meetings = QuarkusTransaction.requiringNew().call(() -> recalls.getEntityManager()
                .createQuery("select distinct r.meetingId from RecallEntity r where r.deadline <= :now", UUID.class)
                .setParameter("now", now).getResultList());
        for (UUID meeting : meetings) {
            try {
                int marked = QuarkusTransaction.requiringNew().call(() -> markMissing(meeting, now).size());
                if (marked > 0) {
                    LOG.infof("meeting %s: %d copies not back by the recall's deadline are missing", meeting, marked);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "meeting %s: the check for copies not back by the deadline failed", meeting);
            }
        }
    }

    /**
     * Marks missing the copies of the meeting still out since before its last passed recall deadline; answers
     * those it marked now (none when no deadline has passed).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<MissingCopyView> markMissing(UUID meetingId, OffsetDateTime asOf) {
        OffsetDateTime deadline = recalls.getEntityManager().createQuery("select max(r.deadline) from RecallEntity r"
                + " where r.meetingId = :meeting and r.deadline <= :asOf", OffsetDateTime.class)
                .setParameter("meeting", meetingId).setParameter("asOf", asOf).getSingleResult();
        if (deadline == null) {
            return List.of();
        }
        List<UUID> overdue = entityManager.createNativeQuery("select c.id from document_copy c"
                + " join document d on d.id = c.document_id"
                + " join copy_ledger_entry e on e.copy_id = c.id and e.seq = c.entries"
                + " where c.meeting_id = :meeting and d.must_return and c.state in (:out)"
                + " and e.recorded_at <= :deadline order by c.id", UUID.class)
                .setParameter("meeting", meetingId).setParameter("deadline", deadline)
                .setParameter("out", List.of(CopyState.ISSUED.name(), CopyState.LOANED.name())).getResultList();
        CopyLedgerService.Entry missing = new CopyLedgerService.Entry(ConfidentialCopy.Move.of(LedgerAction.MISSING),
                null, null, null, null, NOTE, null, deadline);
        for (UUID copy : overdue) {
            ledger.append(meetingId, copy, missing, AuditLog.SERVICE);
        }
        return overdue.isEmpty() ? List.of() : report(meetingId).stream()
                .filter(c -> overdue.contains(c.copyId())).toList();
    }

    /** The meeting's missing copies, by delegation and person, with what was last known of each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<MissingCopyView> report(UUID meetingId) {
        List<Object[]> rows = entityManager.createNativeQuery("select c.id, c.document_id, d.title, c.copy_number,"
                + " d.classification, c.holder_id, r.name, r.delegation, m.happened_at, m.actor, m.note,"
                + " p.seq, p.action, p.happened_at, p.received_by, p.actor"
                + " from document_copy c join document d on d.id = c.document_id"
                + " left join roster_attendee r on r.id = c.holder_id"
                + " join copy_ledger_entry m on m.copy_id = c.id and m.seq = c.entries"
                + " left join copy_ledger_entry p on p.copy_id = c.id and p.seq = c.entries - 1"
                + " where c.meeting_id = :meeting and c.state = 'MISSING'"
                + " order by r.delegation nulls last, r.name, c.holder_id, d.title, c.copy_number")
                .setParameter("meeting", meetingId).getResultList();
        List<MissingCopyView> copies = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            MissingCopyView.LastKnown last = row[11] == null ? null : new MissingCopyView.LastKnown(
                    ((Number) row[11]).intValue(), LedgerAction.valueOf((String) row[12]), time(row[13]),
                    (String) row[14], (String) row[15]);
            copies.add(new MissingCopyView((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    Classification.valueOf((String) row[4]), (UUID) row[5], (String) row[6], (String) row[7],
                    time(row[8]), (String) row[9], (String) row[10], last));
        }
        return copies;
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
