package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.documents.api.HandoverPolicyView;
import io.huiwu.documents.api.HandoverView;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.HandoverPolicyEntity;
import io.huiwu.documents.persistence.HoldEntity;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import io.huiwu.documents.print.HandoverReceiptPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-over to the holder's unit (移交所在单位, 账外文件): besides its return, the other way a copy out with a holder
 * is settled. The unit takes the copy into its own register against a receipt (移交清单) it signs; the copy is then
 * no longer due back, for the recall and for the holder's clearance. The organiser sets the highest mark that may be
 * handed over (by default everything below 绝密), and no copy of a document under a hold leaves the meeting's books.
 * The ledger entry itself is written by {@link CopyLedgerService}, which asks {@link #refuseUnlessAllowed} first.
 */
@ApplicationScoped
public class HandoverService {

    /** Without the organiser's policy: 绝密 copies are never handed over. */
    public static final Classification DEFAULT_HIGHEST_LEVEL = Classification.SECRET;
    public static final String RECEIPT_PRINTED = "HANDOVER_RECEIPT_PRINTED";

    private final HandoverPolicyEntity.Repository policies;
    private final DocumentRepositories.Holds holds;
    private final DocumentRepositories.Ledger ledger;
    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.Documents documents;
    private final RosterReplica roster;
    private final AuditLog audit;
    private final RecallConfig recallConfig;

    public HandoverService(HandoverPolicyEntity.Repository policies, DocumentRepositories.Holds holds,
            DocumentRepositories.Ledger ledger, DocumentRepositories.Copies copies,
            DocumentRepositories.Documents documents, RosterReplica roster, AuditLog audit,
            RecallConfig recallConfig) {
        this.policies = policies;
        this.holds = holds;
        this.ledger = ledger;
        this.copies = copies;
        this.documents = documents;
        this.roster = roster;
        this.audit = audit;
        this.recallConfig = recallConfig;
    }

    /**
     * In the ledger entry's transaction, once the copy's state allows the hand-over: refused (422) for a document
     * marked above the meeting's policy, and (409) for one under a hold.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseUnlessAllowed(UUID meetingId, CopyEntity copy, DocumentEntity document) {
        Classification highest = highestLevel(meetingId);
        if (!highest.covers(document.classification)) {
            throw new ProblemException(ProblemType.RULE_VIOLATED, Message.of(
                    "Copy {0} of a document marked {1} cannot be handed over: the meeting lets copies up to {2}"
                            + " be handed over to a holder's unit", "文件份号 {0} 密级为{1}，不得移交所在单位：本次会议只允许"
                            + "移交{2}及以下的文件", copy.copyNumber, document.classification.chinese(),
                    highest.chinese()));
        }
        HoldEntity hold = holds.find("documentId = ?1 and releasedAt is null order by placedAt", document.id)
                .firstResult();
        if (hold != null) {
            throw ProblemException.conflict(Message.of(
                    "Document {0} is under a hold placed by {1} ({2}): none of its copies is handed over until it is"
                            + " released", "文件《{0}》已由 {1} 保全（{2}），解除前不得移交任何份",
                    document.title, hold.placedBy, hold.reason));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandoverPolicyView policy(UUID meetingId) {
        HandoverPolicyEntity set = policies.findById(meetingId);
        return set == null ? new HandoverPolicyView(DEFAULT_HIGHEST_LEVEL, true, null, null) : view(set);
    }

    @Transactional
    public HandoverPolicyView setPolicy(UUID meetingId, Classification highestLevel, String actor) {
        HandoverPolicyEntity entity = policies.findById(meetingId);
        if (entity == null) {
            entity = new HandoverPolicyEntity();
            entity.meetingId = meetingId;
        }
        entity.highestLevel = highestLevel;
        entity.setBy = actor;
        entity.setAt = DocumentService.now();
        policies.persist(entity);
        policies.flush();
        audit.append(meetingId, actor, "HANDOVER_POLICY_SET", null, null, AuditLog.detail("highestLevel",
                highestLevel.name()));
        return view(entity);
    }

    /** The hand-over register: every copy handed over, in the order recorded; optionally one receipt's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HandoverView> register(UUID meetingId, String receiptNumber) {
        List<LedgerEntryEntity> entries = receiptNumber == null
                ? ledger.find("meetingId = ?1 and action = ?2 order by recordedAt, id", meetingId,
                        LedgerAction.HANDED_OVER).list()
                : ledger.find("meetingId = ?1 and action = ?2 and receiptNumber = ?3 order by recordedAt, id",
                        meetingId, LedgerAction.HANDED_OVER, receiptNumber.strip()).list();
        Map<UUID, String> names = new HashMap<>();
        List<HandoverView> lines = new ArrayList<>();
        for (LedgerEntryEntity e : entries) {
            CopyEntity copy = copies.findById(e.copyId);
            DocumentEntity document = documents.findById(copy.documentId);
            lines.add(new HandoverView(copy.id, document.id, document.title, copy.copyNumber,
                    document.classification, DocumentMapping.marking(document.classification, document.termYears),
                    e.holderId, name(meetingId, e.holderId, names), e.unit, e.receivedBy,
                    e.receiptNumber, e.authorisedBy == null ? e.actor : e.authorisedBy, e.actor, e.happenedAt,
                    e.recordedAt, e.seq));
        }
        return lines;
    }

    /** The receipt (移交清单) of one receipt number, as a PDF to sign; each print is audited. */
    @Transactional
    public byte[] receipt(UUID meetingId, String receiptNumber, String actor) {
        List<HandoverView> lines = register(meetingId, receiptNumber);
        if (lines.isEmpty()) {
            throw ProblemException.notFound(Message.of("Hand-over receipt", "移交清单"), receiptNumber.strip());
        }
        audit.append(meetingId, actor, RECEIPT_PRINTED, null, null, AuditLog.detail("receiptNumber",
                receiptNumber.strip(), "copies", lines.stream().map(l -> l.copyId().toString()).toList()));
        return HandoverReceiptPdf.write(lines, recallConfig.zone(), DocumentService.now());
    }

    private Classification highestLevel(UUID meetingId) {
        HandoverPolicyEntity set = policies.findById(meetingId);
        return set == null ? DEFAULT_HIGHEST_LEVEL : set.highestLevel;
    }

    private String name(UUID meetingId, UUID holderId, Map<UUID, String> names) {
        if (holderId == null) {
            return null;
        }
        return names.computeIfAbsent(holderId, id -> roster.find(meetingId, id).map(ReplicatedAttendee::name)
                .or(() -> roster.snapshot(meetingId, id, RosterSnapshot.class).map(RosterSnapshot::name))
                .orElse(id.toString()));
    }

    private static HandoverPolicyView view(HandoverPolicyEntity p) {
        return new HandoverPolicyView(p.highestLevel, false, p.setBy, p.setAt);
    }
}
