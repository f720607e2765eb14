package io.huiwu.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.documents.api.InventoryRequest;
import io.huiwu.documents.api.InventoryScanRequest;
import io.huiwu.documents.api.InventoryScanView;
import io.huiwu.documents.api.InventoryView;
import io.huiwu.documents.api.InventoryView.Reconciliation;
import io.huiwu.documents.api.InventoryView.ShelfCopy;
import io.huiwu.documents.api.InventoryView.UnexpectedCopy;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.InventoryReconciliation;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.InventoryStore;
import io.huiwu.documents.persistence.InventoryStore.Check;
import io.huiwu.documents.persistence.InventoryStore.Copy;
import io.huiwu.documents.persistence.InventoryStore.Scan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inventory checks (点检): a check is opened for a place, the copies found there are scanned into it (once each: a
 * second scan of a copy changes nothing), and its close reconciles them with the ledger
 * ({@link InventoryReconciliation}); the reconciliation is kept with the check as it was at the close. A scan into a
 * closed check is 409. Opening, each first scan of a copy and the close are written to the audit log.
 */
@ApplicationScoped
public class InventoryService {

    public static final String INVENTORY_OPENED = "INVENTORY_OPENED";
    public static final String COPY_SCANNED = "COPY_SCANNED";
    public static final String INVENTORY_CLOSED = "INVENTORY_CLOSED";
    private static final Message INVENTORY = Message.of("Inventory check", "点检");

    private final InventoryStore store;
    private final DocumentService documents;
    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.Ledger ledger;
    private final RosterReplica roster;
    private final AuditLog audit;
    private final ObjectMapper json;

    public InventoryService(InventoryStore store, DocumentService documents, DocumentRepositories.Copies copies,
            DocumentRepositories.Ledger ledger, RosterReplica roster, AuditLog audit, ObjectMapper json) {
        this.store = store;
        this.documents = documents;
        this.copies = copies;
        this.ledger = ledger;
        this.roster = roster;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public InventoryView open(UUID meetingId, InventoryRequest request, String actor) {
        List<UUID> scope = request.documentIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.documentIds()));
        for (UUID document : scope) {
            if (documents.find(meetingId, document).isEmpty()) {
                throw ProblemException.invalidField("documentIds[" + request.documentIds().indexOf(document) + "]",
                        Message.of("is not a document of this meeting: {0}", "不是本次会议的文件：{0}", document));
            }
        }
        Check check = new Check(UUID.randomUUID(), meetingId, request.place().strip(), blankToNull(request.note()),
                actor, DocumentService.now(), null, null, null);
        store.insert(check, scope);
        audit.append(meetingId, actor, INVENTORY_OPENED, null, null, AuditLog.detail("checkId",
                check.id().toString(), "place", check.place(), "documentIds", scope.isEmpty() ? null
                        : scope.stream().map(UUID::toString).toList(), "note", check.note()));
        return view(check, store.documents(check.id()), 0, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InventoryView> list(UUID meetingId) {
        return store.list(meetingId).stream().map(c -> view(c, store.documents(c.id()), store.scanned(c.id()),
                reconciliation(c))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryView get(UUID meetingId, UUID checkId) {
        Check check = require(meetingId, checkId, false);
        return view(check, store.documents(checkId), store.scanned(checkId), reconciliation(check));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InventoryScanView> scans(UUID meetingId, UUID checkId) {
        require(meetingId, checkId, false);
        return store.scans(checkId).stream().map(s -> view(s, false)).toList();
    }

    @Transactional
    public InventoryScanView scan(UUID meetingId, UUID checkId, InventoryScanRequest request, String actor) {
        Check check = require(meetingId, checkId, true);
        CopyEntity copy = identify(meetingId, request);
        if (check.closedAt() != null) {
            throw ProblemException.conflict(Message.of("the inventory check of {0} was closed by {1}: open another"
                    + " to scan more copies", "{0}的点检已由{1}结束，如需继续清点请另行开始点检", check.place(),
                    check.closedBy()));
        }
        Optional<Scan> before = store.scan(checkId, copy.id);
        if (before.isPresent()) {
            return view(before.get(), true);
        }
        OffsetDateTime now = DocumentService.now();
        int seq = store.insertScan(checkId, copy.id, actor, now);
        audit.append(meetingId, actor, COPY_SCANNED, copy.documentId, copy.id, AuditLog.detail("checkId",
                checkId.toString(), "place", check.place(), "seq", seq, "copyNumber", copy.copyNumber,
                "state", copy.state.name()));
        return new InventoryScanView(checkId, seq, copy.id, copy.documentId, copy.copyNumber, actor, now, false);
    }

    @Transactional
    public InventoryView close(UUID meetingId, UUID checkId, String actor) {
        Check check = require(meetingId, checkId, true);
        if (check.closedAt() != null) {
            throw ProblemException.conflict(Message.of("the inventory check of {0} was closed already by {1}",
                    "{0}的点检已由{1}结束", check.place(), check.closedBy()));
        }
        List<UUID> scope = store.documents(checkId);
        Map<UUID, Copy> expected = byId(store.expected(check, !scope.isEmpty()));
        List<Scan> scans = store.scans(checkId);
        Map<UUID, Copy> scanned = byId(scans.stream().map(Scan::copy).toList());
        Map<UUID, CopyState> states = new LinkedHashMap<>();
        scanned.forEach((id, copy) -> states.put(id, copy.state()));
        InventoryReconciliation.Result<UUID> result = InventoryReconciliation.of(expected.keySet(), states);
        List<UnexpectedCopy> unexpected = new ArrayList<>();
        for (InventoryReconciliation.Stray<UUID> stray : result.unexpected()) {
            Copy copy = scanned.get(stray.copy());
            unexpected.add(new UnexpectedCopy(copy.id(), copy.documentId(), copy.document(), copy.copyNumber(),
                    stray.reason().name(), copy.holderId(), holderName(meetingId, copy.holderId()),
                    ledger.find("copyId = ?1 order by seq desc", copy.id()).firstResultOptional()
                            .map(DocumentMapping::view).orElse(null)));
        }
        Reconciliation reconciliation = new Reconciliation(result.expected().size(),
                result.found().stream().map(id -> shelf(expected.get(id))).toList(),
                result.missingFromShelf().stream().map(id -> shelf(expected.get(id))).toList(), unexpected);
        OffsetDateTime now = DocumentService.now();
        try {
            store.close(checkId, actor, now, json.writeValueAsString(reconciliation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reconciliation of inventory check " + checkId, e);
        }
        audit.append(meetingId, actor, INVENTORY_CLOSED, null, null, AuditLog.detail("checkId", checkId.toString(),
                "place", check.place(), "expected", reconciliation.expected(), "found",
                reconciliation.found().size(), "missingFromShelf", reconciliation.missingFromShelf().stream()
                        .map(c -> c.copyId().toString()).toList(), "unexpected", unexpected.stream()
                        .map(c -> c.copyId() + " " + c.reason()).toList()));
        Check closed = new Check(check.id(), meetingId, check.place(), check.note(), check.openedBy(),
                check.openedAt(), actor, now, null);
        return view(closed, scope, scans.size(), reconciliation);
    }

    /** The copy a scan names: by id, or by document and copy number; one of the meeting, else 400 naming it. */
    private CopyEntity identify(UUID meetingId, InventoryScanRequest request) {
        boolean byId = request.copyId() != null;
        boolean byNumber = request.documentId() != null || request.copyNumber() != null;
        if (byId == byNumber) {
            throw ProblemException.invalidField("copyId", Message.of(
                    "give either copyId, or documentId and copyNumber", "请填写 copyId，或同时填写 documentId 和 copyNumber"));
        }
        if (byId) {
            return copies.find("id = ?1 and meetingId = ?2", request.copyId(), meetingId).firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalidField("copyId", Message.of(
                            "is not a copy of this meeting: {0}", "不是本次会议的文件份：{0}", request.copyId())));
        }
        if (request.documentId() == null) {
            throw ProblemException.invalidField("documentId", Message.of("is required with copyNumber",
                    "填写 copyNumber 时为必填项"));
        }
        if (request.copyNumber() == null) {
            throw ProblemException.invalidField("copyNumber", Message.of("is required with documentId",
                    "填写 documentId 时为必填项"));
        }
        if (documents.find(meetingId, request.documentId()).isEmpty()) {
            throw ProblemException.invalidField("documentId", Message.of("is not a document of this meeting: {0}",
                    "不是本次会议的文件：{0}", request.documentId()));
        }
        return copies.find("documentId = ?1 and copyNumber = ?2", request.documentId(), request.copyNumber())
                .firstResultOptional().orElseThrow(() -> ProblemException.invalidField("copyNumber", Message.of(
                        "the document has no copy {0}", "该文件没有第 {0} 份", request.copyNumber())));
    }

    private Check require(UUID meetingId, UUID checkId, boolean lock) {
        return store.find(meetingId, checkId, lock).orElseThrow(() -> ProblemException.notFound(INVENTORY, checkId));
    }

    private Reconciliation reconciliation(Check check) {
        if (check.reconciliation() == null) {
            return null;
        }
        try {
            return json.readValue(check.reconciliation(), Reconciliation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the reconciliation of inventory check " + check.id(), e);
        }
    }

    private String holderName(UUID meetingId, UUID holderId) {
        if (holderId == null) {
            return null;
        }
        return roster.find(meetingId, holderId).map(ReplicatedAttendee::name)
                .or(() -> roster.snapshot(meetingId, holderId, RosterSnapshot.class).map(RosterSnapshot::name))
                .orElse(null);
    }

    private static Map<UUID, Copy> byId(List<Copy> list) {
        return list.stream().collect(Collectors.toMap(Copy::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static ShelfCopy shelf(Copy copy) {
        return new ShelfCopy(copy.id(), copy.documentId(), copy.document(), copy.copyNumber());
    }

    private static InventoryView view(Check c, List<UUID> documentIds, long scanned, Reconciliation reconciliation) {
        return new InventoryView(c.id(), c.meetingId(), c.place(), documentIds, c.note(), c.openedBy(),
                c.openedAt(), c.closedBy(), c.closedAt(), c.closedAt() == null, scanned, reconciliation);
    }

    private static InventoryScanView view(Scan s, boolean alreadyScanned) {
        return new InventoryScanView(s.checkId(), s.seq(), s.copy().id(), s.copy().documentId(),
                s.copy().copyNumber(), s.scannedBy(), s.scannedAt(), alreadyScanned);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
