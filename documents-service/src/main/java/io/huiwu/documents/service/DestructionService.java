package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.documents.api.DestructionConfirmation;
import io.huiwu.documents.api.DestructionRegisterView;
import io.huiwu.documents.api.DestructionRequest;
import io.huiwu.documents.api.DestructionRequestView;
import io.huiwu.documents.api.HoldView;
import io.huiwu.documents.domain.ConfidentialCopy;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.domain.LedgerTimes;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DestructionRegisterEntity;
import io.huiwu.documents.persistence.DestructionRequestEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.HoldEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Destruction under two supervisors (DOMAIN.md: destruction registered with an approval and two supervisors): one
 * member of staff asks for a copy's destruction with its approval, a different one confirms it; the confirmation
 * writes the copy's DESTROYED entry (both supervisors on it) and a line of the destruction register in one
 * transaction. Refused, each time, for a copy that is out (still due for return), missing or destroyed, and for a
 * copy whose document is under a hold.
 */
@ApplicationScoped
public class DestructionService {

    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.DestructionRequests requests;
    private final DocumentRepositories.DestructionRegister register;
    private final DocumentRepositories.Holds holds;
    private final DocumentService documents;
    private final CopyLedgerService ledger;
    private final AuditLog audit;

    public DestructionService(DocumentRepositories.Copies copies, DocumentRepositories.DestructionRequests requests,
            DocumentRepositories.DestructionRegister register, DocumentRepositories.Holds holds,
            DocumentService documents, CopyLedgerService ledger, AuditLog audit) {
        this.copies = copies;
        this.requests = requests;
        this.register = register;
        this.holds = holds;
        this.documents = documents;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** The first supervisor asks for the destruction. */
    @Transactional
    public DestructionRequestView request(UUID meetingId, UUID copyId, DestructionRequest request, String actor) {
        CopyEntity copy = lock(meetingId, copyId);
        DocumentEntity document = documents.require(meetingId, copy.documentId);
        refuseUnlessDestroyable(copy, document);
        DestructionRequestEntity waiting = requests.find("copyId = ?1 and closedAt is null", copyId)
                .firstResult();
        if (waiting != null) {
            throw ProblemException.conflict(Message.of(
                    "The destruction of copy {0} was asked for by {1} already; it waits for a second supervisor",
                    "文件份号 {0} 已由 {1} 申请销毁，等待第二名监销人确认", copy.copyNumber, waiting.requestedBy));
        }
        DestructionRequestEntity asked = new DestructionRequestEntity();
        asked.id = UUID.randomUUID();
        asked.meetingId = meetingId;
        asked.copyId = copyId;
        asked.approval = request.approval().strip();
        asked.note = blankToNull(request.note());
        asked.requestedBy = actor;
        asked.requestedAt = DocumentService.now();
        requests.persist(asked);
        audit.append(meetingId, actor, "DESTRUCTION_REQUESTED", document.id, copyId, AuditLog.detail(
                "copyNumber", copy.copyNumber, "approval", asked.approval, "note", asked.note));
        return new DestructionRequestView(asked.id, copyId, copy.copyNumber, asked.approval, asked.note,
                asked.requestedBy, asked.requestedAt);
    }

    /** A different member of staff confirms it: the copy is destroyed and the register written. */
    @Transactional
    public DestructionRegisterView confirm(UUID meetingId, UUID copyId, DestructionConfirmation confirmation,
            String actor) {
        CopyLedgerService.checkTime("happenedAt", confirmation.happenedAt());
        CopyEntity copy = lock(meetingId, copyId);
        DocumentEntity document = documents.require(meetingId, copy.documentId);
        DestructionRequestEntity asked = requests.find("copyId = ?1 and closedAt is null", copyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (asked == null) {
            throw ProblemException.conflict(Message.of(
                    "No destruction of copy {0} waits for confirmation: the first supervisor asks for it first",
                    "文件份号 {0} 没有待确认的销毁申请：须先由第一名监销人申请", copy.copyNumber));
        }
        if (asked.requestedBy.equals(actor)) {
            throw ProblemException.conflict(Message.of(
                    "{0} asked for the destruction of copy {1}: a different member of staff must confirm it",
                    "文件份号 {1} 的销毁由 {0} 申请，须由另一名工作人员确认监销", actor, copy.copyNumber));
        }
        if (!asked.approval.equals(confirmation.approval().strip())) {
            throw ProblemException.invalidField("approval", Message.of(
                    "does not match the approval the destruction was asked for with ({0})",
                    "与销毁申请的审批记录（{0}）不一致", asked.approval));
        }
        refuseUnlessDestroyable(copy, document);
        String note = blankToNull(confirmation.note()) == null ? asked.note : confirmation.note().strip();
        ledger.append(meetingId, copyId, new CopyLedgerService.Entry(ConfidentialCopy.Move.of(LedgerAction.DESTROYED),
                null, null, asked.approval, List.of(asked.requestedBy, actor), note, null,
                confirmation.happenedAt()), actor);
        OffsetDateTime now = DocumentService.now();
        asked.closedAt = now;
        asked.closedBy = actor;
        asked.outcome = "DESTROYED";
        DestructionRegisterEntity line = new DestructionRegisterEntity();
        line.id = UUID.randomUUID();
        line.meetingId = meetingId;
        line.documentId = document.id;
        line.copyId = copyId;
        line.copyNumber = copy.copyNumber;
        line.documentTitle = document.title;
        line.classification = document.classification;
        line.approval = asked.approval;
        line.firstSupervisor = asked.requestedBy;
        line.secondSupervisor = actor;
        line.destroyedAt = LedgerTimes.happenedAt(confirmation.happenedAt(), now);
        line.recordedAt = now;
        line.ledgerEntry = copy.entries;
        line.note = note;
        register.persist(line);
        return view(line);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DestructionRegisterView> register(UUID meetingId) {
        return register.find("meetingId = ?1 order by recordedAt, id", meetingId).list().stream()
                .map(DestructionService::view).toList();
    }

    @Transactional
    public HoldView placeHold(UUID meetingId, UUID documentId, String reason, String actor) {
        DocumentEntity document = documents.require(meetingId, documentId);
        HoldEntity hold = new HoldEntity();
        hold.id = UUID.randomUUID();
        hold.meetingId = meetingId;
        hold.documentId = document.id;
        hold.reason = reason.strip();
        hold.placedBy = actor;
        hold.placedAt = DocumentService.now();
        holds.persist(hold);
        holds.flush();
        audit.append(meetingId, actor, "HOLD_PLACED", documentId, null, AuditLog.detail("holdId",
                hold.id.toString(), "reason", hold.reason));
        return view(hold);
    }

    @Transactional
    public HoldView releaseHold(UUID meetingId, UUID documentId, UUID holdId, String actor) {
        documents.require(meetingId, documentId);
        HoldEntity hold = holds.find("id = ?1 and documentId = ?2", holdId, documentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.HOLD, holdId));
        if (hold.releasedAt != null) {
            throw ProblemException.conflict(Message.of("Hold {0} was released by {1} already",
                    "保全 {0} 已由 {1} 解除", holdId, hold.releasedBy));
        }
        hold.releasedBy = actor;
        hold.releasedAt = DocumentService.now();
        holds.flush();
        audit.append(meetingId, actor, "HOLD_RELEASED", documentId, null, AuditLog.detail("holdId",
                hold.id.toString(), "reason", hold.reason));
        return view(hold);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HoldView> holds(UUID meetingId, UUID documentId) {
        documents.require(meetingId, documentId);
        return holds.find("documentId = ?1 order by placedAt, id", documentId).list().stream()
                .map(DestructionService::view).toList();
    }

    /** 409 naming why the copy cannot be destroyed: it is out, missing or destroyed, or its document is held. */
    private void refuseUnlessDestroyable(CopyEntity copy, DocumentEntity document) {
        if (copy.state != CopyState.IN_CUSTODY) {
            throw ProblemException.conflict(copy.state.isOut()
                    ? Message.of("Copy {0} is {1}: it is still due for return, and only a copy in custody is"
                            + " destroyed", "文件份号 {0} 当前状态为 {1}，尚未清退，只有在库的文件才能销毁",
                            copy.copyNumber, copy.state)
                    : Message.of("Copy {0} is {1}: it cannot be destroyed", "文件份号 {0} 当前状态为 {1}，不能销毁",
                            copy.copyNumber, copy.state));
        }
        HoldEntity hold = holds.find("documentId = ?1 and releasedAt is null order by placedAt", document.id)
                .firstResult();
        if (hold != null) {
            throw ProblemException.conflict(Message.of(
                    "Document {0} is under a hold placed by {1} ({2}): none of its copies is destroyed until it is"
                            + " released", "文件《{0}》已由 {1} 保全（{2}），解除前不得销毁任何份",
                    document.title, hold.placedBy, hold.reason));
        }
    }

    private CopyEntity lock(UUID meetingId, UUID copyId) {
        return copies.find("id = ?1 and meetingId = ?2", copyId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.COPY, copyId));
    }

    private static DestructionRegisterView view(DestructionRegisterEntity line) {
        return new DestructionRegisterView(line.id, line.documentId, line.documentTitle, line.copyId, line.copyNumber,
                line.classification, line.approval, List.of(line.firstSupervisor, line.secondSupervisor),
                line.destroyedAt, line.recordedAt, line.ledgerEntry, line.note);
    }

    private static HoldView view(HoldEntity hold) {
        return new HoldView(hold.id, hold.documentId, hold.reason, hold.placedBy, hold.placedAt, hold.releasedBy,
                hold.releasedAt, hold.releasedAt == null, hold.version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
