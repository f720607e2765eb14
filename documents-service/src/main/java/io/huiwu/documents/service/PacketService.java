package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.documents.api.DistributionRequest;
import io.huiwu.documents.api.DistributionView;
import io.huiwu.documents.api.PacketDueView;
import io.huiwu.documents.api.PacketIssueRequest;
import io.huiwu.documents.api.PacketView;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.ClearancePolicy;
import io.huiwu.documents.domain.ConfidentialCopy;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.PacketStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Distribution lists (by category, delegation or person) and a person's packet: one call at 报到 issues a copy of
 * every document their lists give them and they do not hold yet, all or none (DOMAIN.md, Confidential documents).
 * A check-in at a DESK list makes the packet due at that desk until it is issued.
 */
@ApplicationScoped
public class PacketService {

    private final PacketStore store;
    private final DocumentService documents;
    private final DocumentRepositories.Copies copies;
    private final CopyLedgerService ledger;
    private final ClearanceService clearances;
    private final RosterReplica roster;

    public PacketService(PacketStore store, DocumentService documents, DocumentRepositories.Copies copies,
            CopyLedgerService ledger, ClearanceService clearances, RosterReplica roster) {
        this.store = store;
        this.documents = documents;
        this.copies = copies;
        this.ledger = ledger;
        this.clearances = clearances;
        this.roster = roster;
    }

    @Transactional
    public DistributionView addLine(UUID meetingId, DistributionRequest request, String actor) {
        documents.require(meetingId, request.documentId());
        int named = (request.category() == null ? 0 : 1) + (request.delegation() == null ? 0 : 1)
                + (request.holderId() == null ? 0 : 1);
        if (named != 1) {
            String field = named == 0 ? "category" : request.holderId() != null ? "holderId" : "delegation";
            throw ProblemException.invalidField(field,
                    Message.of("name exactly one of category, delegation and holderId",
                            "类别、代表团、人员三者须且只能填写一项"));
        }
        String kind;
        String target;
        if (request.holderId() != null) {
            if (roster.find(meetingId, request.holderId()).isEmpty()) {
                throw ProblemException.invalidField("holderId",
                        Message.of("is not on the meeting's roster", "不在本次会议名册中"));
            }
            kind = "PERSON";
            target = request.holderId().toString();
        } else if (request.category() != null) {
            kind = "CATEGORY";
            target = request.category();
        } else {
            kind = "DELEGATION";
            target = request.delegation().strip();
        }
        DistributionView line = new DistributionView(UUID.randomUUID(), request.documentId(), kind, target, actor,
                DocumentService.now());
        if (!store.addLine(line, meetingId)) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("the document's list has this line",
                    "该文件的分发范围已包含此项"), List.of(new ProblemException.FieldIssue(
                            kind.equals("PERSON") ? "holderId" : kind.toLowerCase(Locale.ROOT),
                            Message.of("is on the list already", "已在分发范围内"))));
        }
        return line;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistributionView> lines(UUID meetingId, UUID documentId) {
        if (documentId != null) {
            documents.require(meetingId, documentId);
        }
        return store.lines(meetingId, documentId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PacketView packet(UUID meetingId, UUID attendeeId) {
        ReplicatedAttendee person = roster.require(meetingId, attendeeId);
        return view(meetingId, person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PacketDueView> due(UUID meetingId, UUID listId) {
        return store.dueList(meetingId, listId);
    }

    /** registration's attendee-checked-in at a DESK list. */
    @Transactional
    public void checkedInAtDesk(UUID meetingId, UUID attendeeId, UUID scanId, UUID listId, String listName,
            OffsetDateTime scannedAt) {
        store.due(meetingId, attendeeId, scanId, listId, listName, scannedAt);
    }

    @Transactional
    public void checkInAnnulled(UUID meetingId, UUID scanId) {
        store.annulled(meetingId, scanId);
    }

    /**
     * Issues one copy (the lowest copy number in custody) of each document of the packet the person does not hold;
     * a document without a copy in custody, or above the person's clearance, is named by its index and nothing is
     * issued.
     */
    @Transactional
    public PacketView issue(UUID meetingId, UUID attendeeId, PacketIssueRequest request, String actor) {
        CopyLedgerService.checkTime("happenedAt", request.happenedAt());
        ReplicatedAttendee person = roster.require(meetingId, attendeeId);
        List<PacketStore.Due> pending = store.packet(meetingId, attendeeId, person.category(), person.delegation())
                .stream().filter(item -> item.copyId() == null).toList();
        if (pending.isEmpty()) {
            throw ProblemException.conflict(Message.of("{0} has nothing left to receive",
                    "{0}没有待发放的文件", person.name()));
        }
        Classification clearance = clearances.of(meetingId, person.category());
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        List<CopyEntity> chosen = new ArrayList<>();
        boolean onlyStock = true;
        for (int i = 0; i < pending.size(); i++) {
            PacketStore.Due item = pending.get(i);
            DocumentEntity document = documents.require(meetingId, item.documentId());
            if (!ClearancePolicy.permits(clearance, document.classification)) {
                onlyStock = false;
                issues.add(new ProblemException.FieldIssue("documents[" + i + "]", Message.of(
                        "{0} ({1}) is cleared for {2}, below the level of {3}",
                        "{0}（{1}）的知悉范围为{2}，低于《{3}》的密级", person.name(), person.category(),
                        clearance.chinese(), item.title())));
                continue;
            }
            CopyEntity copy = copies.find("documentId = ?1 and state = ?2 order by copyNumber", item.documentId(),
                    CopyState.IN_CUSTODY).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (copy == null) {
                issues.add(new ProblemException.FieldIssue("documents[" + i + "]", Message.of(
                        "no copy of {0} is in custody", "《{0}》没有在库的文件份", item.title())));
            } else {
                chosen.add(copy);
            }
        }
        if (!issues.isEmpty()) {
            throw new ProblemException(onlyStock ? ProblemType.CONFLICT : ProblemType.RULE_VIOLATED, Message.of(
                    "{0} of the packet's {1} documents cannot be issued; none was",
                    "文件袋 {1} 份文件中有 {0} 份无法发放，均未发放", issues.size(), pending.size()), issues);
        }
        CopyLedgerService.Entry entry = new CopyLedgerService.Entry(ConfidentialCopy.Move.to(LedgerAction.ISSUED,
                attendeeId), request.receivedBy(), null, null, null, request.note(), null, request.happenedAt());
        for (CopyEntity copy : chosen) {
            ledger.append(meetingId, copy.id, entry, actor);
        }
        store.issued(meetingId, attendeeId, DocumentService.now());
        return view(meetingId, person);
    }

    private PacketView view(UUID meetingId, ReplicatedAttendee person) {
        List<PacketView.Item> items = store.packet(meetingId, person.id(), person.category(), person.delegation())
                .stream().map(d -> new PacketView.Item(d.documentId(), d.title(), d.copyId(), d.copyNumber()))
                .toList();
        PacketStore.Desk desk = store.desk(meetingId, person.id()).orElse(null);
        return new PacketView(person.id(), person.name(), person.delegation(),
                desk == null || desk.issuedAt() != null ? null : desk.listName(),
                desk == null ? null : desk.issuedAt(), items);
    }
}
