package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.FileKind;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.print.CopyStamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * A numbered copy's file, stamped on the fly from the document's current PDF with the copy number, the mark and the
 * holder ({@link CopyStamp}); the stamped file is never stored. Each download is written to the audit log
 * (COPY_FILE_DOWNLOADED: who, which copy, from which version of the file), whatever the document's mark. Refused
 * (409) for a document without a file, one whose current file is a Word document, and a destroyed copy.
 */
@ApplicationScoped
public class StampedCopies {

    public static final String COPY_FILE_DOWNLOADED = "COPY_FILE_DOWNLOADED";
    /** Stamped as the holder of a copy nobody holds. */
    static final String IN_CUSTODY = "在库（未分发）";

    private final DocumentRepositories.Copies copies;
    private final DocumentService documents;
    private final DocumentFileService files;
    private final RosterReplica roster;
    private final AuditLog audit;

    /** The stamped file and the name it is downloaded under. */
    public record StampedFile(byte[] pdf, String fileName) {
    }

    public StampedCopies(DocumentRepositories.Copies copies, DocumentService documents, DocumentFileService files,
            RosterReplica roster, AuditLog audit) {
        this.copies = copies;
        this.documents = documents;
        this.files = files;
        this.roster = roster;
        this.audit = audit;
    }

    @Transactional
    public StampedFile download(UUID meetingId, UUID copyId, String actor) {
        CopyEntity copy = copies.find("id = ?1 and meetingId = ?2", copyId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.COPY, copyId));
        DocumentEntity document = documents.require(meetingId, copy.documentId);
        if (copy.state == CopyState.DESTROYED) {
            throw ProblemException.conflict(Message.of("copy {0} is DESTROYED: it has no file any more",
                    "第 {0} 份已销毁，不再提供电子文本", copy.copyNumber));
        }
        DocumentFileService.Content current = files.current(document).orElseThrow(() -> ProblemException.conflict(
                Message.of("the document has no file yet: upload its PDF first", "该文件尚未上传电子文本，请先上传 PDF")));
        if (!FileKind.of(current.file().mediaType()).map(FileKind::stamped).orElse(false)) {
            throw ProblemException.conflict(Message.of("the document's current file (version {0}) is a Word"
                    + " document, which is not stamped: upload its PDF", "该文件当前的电子文本（第 {0} 版）为 Word"
                    + " 文档，不加盖份号：请上传 PDF", current.file().version()));
        }
        String holder = copy.holderId == null ? IN_CUSTODY : holderName(meetingId, copy.holderId);
        byte[] pdf = CopyStamp.stamp(current.bytes(), new CopyStamp.Stamp(copy.copyNumber,
                DocumentMapping.marking(document.classification, document.termYears), holder));
        audit.append(meetingId, actor, COPY_FILE_DOWNLOADED, document.id, copy.id, AuditLog.detail(
                "copyNumber", copy.copyNumber, "state", copy.state.name(), "holderId",
                copy.holderId == null ? null : copy.holderId.toString(), "fileVersion", current.file().version(),
                "fileSha256", current.file().sha256(), "secretLevel", document.classification.name()));
        return new StampedFile(pdf, "copy-" + copy.copyNumber + ".pdf");
    }

    private String holderName(UUID meetingId, UUID holderId) {
        return roster.find(meetingId, holderId).map(ReplicatedAttendee::name)
                .or(() -> roster.snapshot(meetingId, holderId, RosterSnapshot.class).map(RosterSnapshot::name))
                .orElse(holderId.toString());
    }
}
