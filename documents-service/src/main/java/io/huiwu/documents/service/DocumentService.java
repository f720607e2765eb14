package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.documents.api.CopyBatchRequest;
import io.huiwu.documents.api.CopyBatchView;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DocumentRequest;
import io.huiwu.documents.api.DocumentView;
import io.huiwu.documents.domain.CopyNumbers;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.DocumentMarking;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents and their numbered copies: a document's mark is checked when it is registered ({@link DocumentMarking});
 * copies are numbered in batches, the first freely, later ones only with an approval, numbered on (DOMAIN.md,
 * Confidential documents). Each copy starts its ledger with a REGISTERED entry, which the audit log records.
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepositories.Documents documents;
    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.Ledger ledger;
    private final AuditLog audit;

    public DocumentService(DocumentRepositories.Documents documents, DocumentRepositories.Copies copies,
            DocumentRepositories.Ledger ledger, AuditLog audit) {
        this.documents = documents;
        this.copies = copies;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** The server's clock, to the microsecond PostgreSQL keeps. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public DocumentView register(UUID meetingId, DocumentRequest request, String actor) {
        DocumentMarking.Result result = DocumentMarking.of(request.secretLevel(),
                Boolean.TRUE.equals(request.internal()), request.termYears());
        if (result.fault() != null) {
            throw ProblemException.invalidField(result.fault().field(), markingProblem(result.fault(), request));
        }
        DocumentMarking marking = result.marking();
        DocumentEntity document = new DocumentEntity();
        document.id = UUID.randomUUID();
        document.meetingId = meetingId;
        document.title = request.title().strip();
        document.issuingBody = request.issuingBody().strip();
        document.classification = marking.classification();
        document.termYears = marking.termYears();
        document.pages = request.pages();
        document.mustReturn = request.mustReturn() != null ? request.mustReturn()
                : marking.classification().isStateSecret();
        document.createdBy = actor;
        document.createdAt = now();
        documents.persist(document);
        return DocumentMapping.view(document, 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list(UUID meetingId) {
        return documents.find("meetingId = ?1 order by createdAt, id", meetingId).list().stream()
                .map(d -> DocumentMapping.view(d, copies.count("documentId", d.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentView get(UUID meetingId, UUID documentId) {
        DocumentEntity document = require(meetingId, documentId);
        return DocumentMapping.view(document, copies.count("documentId", documentId));
    }

    /** The document of the meeting, if it is one. */
    public Optional<DocumentEntity> find(UUID meetingId, UUID documentId) {
        return documents.find("id = ?1 and meetingId = ?2", documentId, meetingId).firstResultOptional();
    }

    /** The document of the meeting, or a 404 problem. */
    public DocumentEntity require(UUID meetingId, UUID documentId) {
        return documents.find("id = ?1 and meetingId = ?2", documentId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DOCUMENT, documentId));
    }

    /**
     * Numbers a batch of copies. The document's row is locked first, so two batches made at once number one after
     * the other; the numbers are also unique per document in the database.
     */
    @Transactional
    public CopyBatchView makeCopies(UUID meetingId, UUID documentId, CopyBatchRequest request, String actor) {
        require(meetingId, documentId);
        DocumentEntity document = documents.findById(documentId, LockModeType.PESSIMISTIC_WRITE);
        Integer lastBatch = copies.find("select max(batch) from CopyEntity where documentId = ?1", documentId)
                .project(Integer.class).firstResult();
        int batch = lastBatch == null ? 1 : lastBatch + 1;
        String approval = request.approval() == null || request.approval().isBlank() ? null
                : request.approval().strip();
        if (batch > 1 && approval == null) {
            throw ProblemException.invalidField("approval", Message.of(
                    "is required: copies made after the first batch need an approval (条例 Art. 31)",
                    "为必填项：首批之后复制的文件须经批准"));
        }
        String highest = copies.find("select max(copyNumber) from CopyEntity where documentId = ?1", documentId)
                .project(String.class).firstResult();
        List<String> numbers = CopyNumbers.after(highest == null ? 0 : Integer.parseInt(highest), request.count());
        if (numbers.isEmpty()) {
            throw ProblemException.invalidField("count", Message.of("would take copy numbers beyond {0}",
                    "将使份号超过 {0}", CopyNumbers.format(CopyNumbers.HIGHEST)));
        }
        OffsetDateTime now = now();
        List<CopyView> made = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            CopyEntity copy = new CopyEntity();
            copy.id = UUID.randomUUID();
            copy.documentId = documentId;
            copy.meetingId = meetingId;
            copy.copyNumber = number;
            copy.batch = batch;
            copy.approval = approval;
            copy.state = CopyState.IN_CUSTODY;
            copy.entries = 1;
            copies.persist(copy);
            LedgerEntryEntity entry = new LedgerEntryEntity();
            entry.id = UUID.randomUUID();
            entry.copyId = copy.id;
            entry.meetingId = meetingId;
            entry.seq = 1;
            entry.action = LedgerAction.REGISTERED;
            entry.approval = approval;
            entry.actor = actor;
            entry.happenedAt = now;
            entry.recordedAt = now;
            ledger.persist(entry);
            audit.ledgerEntry(document, copy, entry);
            made.add(DocumentMapping.view(copy, document.classification));
        }
        return new CopyBatchView(documentId, batch, approval, made);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CopyView> copies(UUID meetingId, UUID documentId) {
        DocumentEntity document = require(meetingId, documentId);
        return copies.find("documentId = ?1 order by copyNumber", documentId).list().stream()
                .map(c -> DocumentMapping.view(c, document.classification)).toList();
    }

    private static Message markingProblem(DocumentMarking.Fault fault, DocumentRequest request) {
        return switch (fault) {
            case SECRET_AND_INTERNAL -> Message.of(
                    "cannot be set with a secret level: 内部 marks a work secret, not a secret level",
                    "不能与密级同时标注：内部是工作秘密标志，不是密级");
            case NOT_A_SECRET_LEVEL -> Message.of("must be CONFIDENTIAL, SECRET or TOP_SECRET",
                    "必须是 CONFIDENTIAL（秘密）、SECRET（机密）或 TOP_SECRET（绝密）");
            case TERM_MISSING -> Message.of("is required with a secret level (保密期限)", "标注密级时必须注明保密期限");
            case TERM_TOO_LONG -> Message.of("must be at most {0} years for {1}", "{1}的保密期限最长 {0} 年",
                    request.secretLevel().longestTermYears(), request.secretLevel().chinese());
            case TERM_WITHOUT_SECRET_LEVEL -> Message.of("is only for a document with a secret level",
                    "仅适用于标注密级的文件");
        };
    }
}
