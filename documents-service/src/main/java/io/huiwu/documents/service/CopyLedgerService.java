package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.LedgerEntryView;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.ClearancePolicy;
import io.huiwu.documents.domain.ConfidentialCopy;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.domain.LedgerTimes;
import io.huiwu.documents.event.CopyEvents;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each copy's ledger: every move is a new entry, checked against the copy as its ledger makes it
 * ({@link ConfidentialCopy}); the copy's row is locked while the entry is written, so two moves of one copy made at
 * once follow each other and the second is judged on the first's result. Each entry keeps the actor, when it
 * happened and when it was recorded, and the authoriser when different (DoD 5015.2 C2.2.11.5); the entries a
 * consumer cares about are published on documents.copy in the same transaction, and every entry goes to the
 * meeting's audit log ({@link AuditLog}) in it too.
 */
@ApplicationScoped
public class CopyLedgerService {

    /** What a request asks to write, besides the move itself; unit and receipt only for a hand-over. */
    public record Entry(ConfidentialCopy.Move move, String receivedBy, OffsetDateTime dueAt, String approval,
            List<String> supervisors, String note, String authorisedBy, OffsetDateTime happenedAt, String unit,
            String receiptNumber) {

        public Entry(ConfidentialCopy.Move move, String receivedBy, OffsetDateTime dueAt, String approval,
                List<String> supervisors, String note, String authorisedBy, OffsetDateTime happenedAt) {
            this(move, receivedBy, dueAt, approval, supervisors, note, authorisedBy, happenedAt, null, null);
        }
    }

    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.Ledger ledger;
    private final DocumentService documents;
    private final ClearanceService clearances;
    private final RosterReplica roster;
    private final CopyEvents events;
    private final RecallService recalls;
    private final ChangeSignals signals;
    private final AuditLog audit;
    private final HandoverService handovers;

    public CopyLedgerService(DocumentRepositories.Copies copies, DocumentRepositories.Ledger ledger,
            DocumentService documents, ClearanceService clearances, RosterReplica roster, CopyEvents events,
            RecallService recalls, ChangeSignals signals, AuditLog audit, HandoverService handovers) {
        this.copies = copies;
        this.ledger = ledger;
        this.documents = documents;
        this.clearances = clearances;
        this.roster = roster;
        this.events = events;
        this.recalls = recalls;
        this.signals = signals;
        this.audit = audit;
        this.handovers = handovers;
    }

    @Transactional
    public CopyView record(UUID meetingId, UUID copyId, Entry entry, String actor) {
        checkTime("happenedAt", entry.happenedAt());
        checkDetails(entry);
        return append(meetingId, copyId, entry, actor);
    }

    /**
     * Appends one entry in the caller's transaction; the caller has checked the times. Used for one request and
     * for each copy of a batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CopyView append(UUID meetingId, UUID copyId, Entry entry, String actor) {
        return append(meetingId, copyId, entry, actor, true, null, null);
    }

    /**
     * Appends one entry; with {@code settle} false the holder's clearance is left for the caller to look at once,
     * after the last copy of a batch, rather than after each. {@code locked} is the copy when the caller has locked
     * it in this transaction already, {@code known} its document when the caller has read it.
     */
    private CopyView append(UUID meetingId, UUID copyId, Entry entry, String actor, boolean settle,
            CopyEntity locked, DocumentEntity known) {
        CopyEntity copy = locked != null ? locked : copies.find("id = ?1 and meetingId = ?2", copyId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.COPY, copyId));
        DocumentEntity document = known != null && known.id.equals(copy.documentId) ? known
                : documents.require(meetingId, copy.documentId);
        ConfidentialCopy.Move move = entry.move();
        if (move.action() == LedgerAction.RETURNED && copy.state == CopyState.MISSING) {
            // scanned back after it was reported missing: found with its holder, then returned
            append(meetingId, copyId, new Entry(ConfidentialCopy.Move.to(LedgerAction.FOUND, copy.holderId),
                    entry.receivedBy(), null, null, null, "found on return", entry.authorisedBy(),
                    entry.happenedAt()), actor);
        }
        if (move.action() == LedgerAction.ISSUED || move.action() == LedgerAction.LOANED) {
            checkHolder(meetingId, "holderId", move.holderId(), document);
        } else if (move.action() == LedgerAction.TRANSFERRED) {
            checkHolder(meetingId, "toHolderId", move.holderId(), document);
        }
        ConfidentialCopy before = copy.fold();
        ConfidentialCopy after;
        try {
            after = before.apply(move);
        } catch (ConfidentialCopy.IllegalMove refused) {
            throw refusal(copy, refused);
        }
        if (move.action() == LedgerAction.HANDED_OVER) {
            handovers.refuseUnlessAllowed(meetingId, copy, document);
        }
        LedgerEntryEntity written = record(meetingId, copy, before, after, entry, actor, DocumentService.now());
        copies.flush();
        audit.ledgerEntry(document, copy, written);
        LedgerEntryEntity lastKnown = move.action() == LedgerAction.MISSING ? ledger.find("copyId = ?1 and seq = ?2",
                copy.id, written.seq - 1).firstResult() : null;
        UUID concerned = switch (move.action()) {
            case ISSUED, TRANSFERRED, LOANED -> move.holderId();
            case RETURNED, MISSING, FOUND, HANDED_OVER -> before.holderId();
            case REGISTERED, DESTROYED -> null;
        };
        events.recorded(document, copy, written, concerned, lastKnown);
        signals.changedOnCommit(meetingId);
        if (settle && (move.action() == LedgerAction.RETURNED || move.action() == LedgerAction.TRANSFERRED
                || move.action() == LedgerAction.HANDED_OVER) && document.mustReturn && before.holderId() != null) {
            recalls.handedBack(meetingId, before.holderId());
        }
        return DocumentMapping.view(copy, document.classification);
    }

    /**
     * Copies handed back together: all or none. Every copy is locked (in id order, so two batches never wait on
     * each other) and checked before anything is written; each that cannot be returned is named by its index.
     */
    @Transactional
    public List<CopyView> returnAll(UUID meetingId, List<UUID> copyIds, String receivedBy, OffsetDateTime happenedAt,
            String note, String actor) {
        checkTime("happenedAt", happenedAt);
        List<UUID> ordered = copyIds.stream().distinct().sorted().toList();
        Map<UUID, CopyEntity> locked = new HashMap<>();
        for (CopyEntity copy : copies.find("id in ?1 and meetingId = ?2 order by id", ordered, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            locked.put(copy.id, copy);
        }
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        boolean onlyStates = true;
        for (int i = 0; i < copyIds.size(); i++) {
            UUID id = copyIds.get(i);
            CopyEntity copy = locked.get(id);
            Message problem = null;
            if (!seen.add(id)) {
                problem = Message.of("names copy {0} a second time", "重复列出文件份 {0}", id);
                onlyStates = false;
            } else if (copy == null) {
                problem = Message.of("Copy {0} does not exist", "文件份 {0} 不存在", id);
                onlyStates = false;
            } else {
                try {
                    if (copy.state != CopyState.MISSING) {
                        copy.fold().apply(ConfidentialCopy.Move.of(LedgerAction.RETURNED));
                    }
                } catch (ConfidentialCopy.IllegalMove refused) {
                    problem = Message.of("copy {0} is {1}: it is not out", "文件份号 {0} 当前状态为 {1}，未发出",
                            copy.copyNumber, copy.state);
                }
            }
            if (problem != null) {
                issues.add(new ProblemException.FieldIssue("copyIds[" + i + "]", problem));
            }
        }
        if (!issues.isEmpty()) {
            throw new ProblemException(onlyStates ? ProblemType.CONFLICT : ProblemType.VALIDATION, Message.of(
                    "{0} of the {1} copies cannot be returned; none was", "{1} 份中有 {0} 份无法清退，均未登记",
                    issues.size(), copyIds.size()), issues);
        }
        Entry entry = new Entry(ConfidentialCopy.Move.of(LedgerAction.RETURNED), receivedBy, null, null, null, note,
                null, happenedAt);
        // whose copies these were, for the documents that must come back: each is looked at once, after the batch
        Set<UUID> holders = new LinkedHashSet<>();
        Map<UUID, DocumentEntity> read = new HashMap<>();
        for (UUID id : copyIds) {
            CopyEntity copy = locked.get(id);
            DocumentEntity document = read.computeIfAbsent(copy.documentId, d -> documents.require(meetingId, d));
            if (copy.holderId != null && document.mustReturn) {
                holders.add(copy.holderId);
            }
        }
        // every entry is written first and flushed together, then audited and published with one batched
        // statement each; a copy scanned back after it was reported missing takes the path of a single return
        OffsetDateTime now = DocumentService.now();
        List<CopyView> returned = new ArrayList<>(copyIds.size());
        List<AuditLog.LedgerAppend> audited = new ArrayList<>();
        List<CopyEvents.Returned> published = new ArrayList<>();
        for (UUID id : copyIds) {
            CopyEntity copy = locked.get(id);
            DocumentEntity document = read.get(copy.documentId);
            if (copy.state == CopyState.MISSING) {
                returned.add(append(meetingId, id, entry, actor, false, copy, document));
                continue;
            }
            ConfidentialCopy before = copy.fold();
            LedgerEntryEntity written = record(meetingId, copy, before, before.apply(entry.move()), entry, actor, now);
            audited.add(new AuditLog.LedgerAppend(document, copy, written));
            published.add(new CopyEvents.Returned(document, copy, written, before.holderId()));
            returned.add(DocumentMapping.view(copy, document.classification));
        }
        copies.flush();
        audit.ledgerEntries(meetingId, actor, audited);
        events.returned(published);
        signals.changedOnCommit(meetingId);
        holders.forEach(holder -> recalls.handedBack(meetingId, holder));
        return returned;
    }

    /** Writes the entry (persisted, not yet flushed) and the copy's new state, holder and count of entries. */
    private LedgerEntryEntity record(UUID meetingId, CopyEntity copy, ConfidentialCopy before, ConfidentialCopy after,
            Entry entry, String actor, OffsetDateTime now) {
        ConfidentialCopy.Move move = entry.move();
        LedgerEntryEntity written = new LedgerEntryEntity();
        written.id = UUID.randomUUID();
        written.copyId = copy.id;
        written.meetingId = meetingId;
        written.seq = after.entries();
        written.action = move.action();
        // a hand-over names the person whose unit took the copy
        written.holderId = move.action() == LedgerAction.HANDED_OVER ? before.holderId() : move.holderId();
        written.fromHolderId = move.fromHolderId();
        written.receivedBy = blankToNull(entry.receivedBy());
        written.dueAt = entry.dueAt();
        written.approval = blankToNull(entry.approval());
        written.supervisors = entry.supervisors() == null ? null : String.join("\n", entry.supervisors().stream()
                .map(String::strip).toList());
        written.note = blankToNull(entry.note());
        written.unit = blankToNull(entry.unit());
        written.receiptNumber = blankToNull(entry.receiptNumber());
        written.actor = actor;
        String authoriser = blankToNull(entry.authorisedBy());
        written.authorisedBy = authoriser == null || authoriser.equals(actor) ? null : authoriser;
        written.happenedAt = LedgerTimes.happenedAt(entry.happenedAt(), now);
        written.recordedAt = now;
        ledger.persist(written);
        copy.state = after.state();
        copy.holderId = after.holderId();
        copy.entries = after.entries();
        copy.dueAt = move.action() == LedgerAction.LOANED ? entry.dueAt() : null;
        return written;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CopyView get(UUID meetingId, UUID copyId) {
        CopyEntity copy = requireCopy(meetingId, copyId);
        return DocumentMapping.view(copy, documents.require(meetingId, copy.documentId).classification);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntryView> history(UUID meetingId, UUID copyId) {
        requireCopy(meetingId, copyId);
        return ledger.find("copyId = ?1 order by seq", copyId).list().stream().map(DocumentMapping::view).toList();
    }

    /** A time a client gave for when something happened: never in the future. */
    public static void checkTime(String field, OffsetDateTime happenedAt) {
        if (LedgerTimes.isInTheFuture(happenedAt, DocumentService.now())) {
            throw ProblemException.invalidField(field, Message.of("is in the future", "晚于当前时间"));
        }
    }

    /** What a move needs besides the copy's state: a loan ends after it starts. */
    private static void checkDetails(Entry entry) {
        LedgerAction action = entry.move().action();
        if (action == LedgerAction.LOANED && entry.dueAt() != null
                && !entry.dueAt().isAfter(LedgerTimes.happenedAt(entry.happenedAt(), DocumentService.now()))) {
            throw ProblemException.invalidField("dueAt", Message.of("must be after the loan", "必须晚于借出时间"));
        }
    }

    private CopyEntity requireCopy(UUID meetingId, UUID copyId) {
        return copies.find("id = ?1 and meetingId = ?2", copyId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.COPY, copyId));
    }

    /** The holder is on the roster, has not withdrawn, and is cleared for the document's level. */
    private void checkHolder(UUID meetingId, String field, UUID holderId, DocumentEntity document) {
        ReplicatedAttendee holder = roster.find(meetingId, holderId).orElse(null);
        if (holder == null) {
            boolean withdrawn = roster.snapshot(meetingId, holderId, RosterSnapshot.class).isPresent();
            throw ProblemException.invalidField(field, withdrawn
                    ? Message.of("names an attendee who has withdrawn", "所指参会人员已退出")
                    : Message.of("is not on the meeting's roster", "不在本次会议名册中"));
        }
        Classification clearance = clearances.of(meetingId, holder.category());
        if (!ClearancePolicy.permits(clearance, document.classification)) {
            Message why = Message.of("{0} ({1}) is cleared for {2}, below the document's {3}",
                    "{0}（{1}）的知悉范围为{2}，低于文件密级{3}", holder.name(), holder.category(),
                    clearance.chinese(), document.classification.chinese());
            throw new ProblemException(ProblemType.RULE_VIOLATED, why,
                    List.of(new ProblemException.FieldIssue(field, why)));
        }
    }

    private static ProblemException refusal(CopyEntity copy, ConfidentialCopy.IllegalMove refused) {
        LedgerAction action = refused.move().action();
        return switch (refused.refusal()) {
            case STATE -> ProblemException.conflict(Message.of("Copy {0} is {1}: it cannot be {2}",
                    "文件份号 {0} 当前状态为 {1}，不能{2}", copy.copyNumber, copy.state, verb(action)));
            case NOT_THE_HOLDER -> ProblemException.conflict(Message.of(
                    "Copy {0} is held by {1}, not by {2}: only its holder can transfer it",
                    "文件份号 {0} 由 {1} 持有，不是 {2}：只有持有人可以转交", copy.copyNumber, copy.holderId,
                    refused.move().fromHolderId()));
            case SAME_HOLDER -> ProblemException.invalidField("toHolderId", Message.of(
                    "already holds the copy", "已持有该份文件"));
        };
    }

    private static Message verb(LedgerAction action) {
        return switch (action) {
            case REGISTERED -> Message.of("registered again", "重复登记");
            case ISSUED -> Message.of("issued", "发放");
            case RETURNED -> Message.of("returned: it is not out", "清退（未发出）");
            case TRANSFERRED -> Message.of("transferred", "转交");
            case LOANED -> Message.of("loaned", "借出");
            case MISSING -> Message.of("reported missing: it is not out", "报缺失（未发出）");
            case FOUND -> Message.of("found: it is not missing", "登记找回（未缺失）");
            case DESTROYED -> Message.of("destroyed", "销毁");
            case HANDED_OVER -> Message.of("handed over to the holder's unit: it is not out with a holder",
                    "移交所在单位（未发出给持有人）");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
