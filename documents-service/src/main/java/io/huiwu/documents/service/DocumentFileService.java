package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.documents.api.FileLimitView;
import io.huiwu.documents.api.FileView;
import io.huiwu.documents.config.FileConfig;
import io.huiwu.documents.domain.FileKind;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentFileStore;
import io.huiwu.documents.persistence.DocumentFileStore.Limit;
import io.huiwu.documents.persistence.DocumentFileStore.StoredFile;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.print.CopyStamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents' files, kept in the database: each upload is the next version of the document's file, none replaced or
 * removed; the content's SHA-256 and size are kept with it. An upload above the meeting's limit (the organiser's,
 * else {@link FileConfig#defaultMaxBytes()}) is refused with 413 naming the limit, one whose first bytes are not what
 * its media type says, or a PDF that cannot be opened or is locked with a password (its copies could not be stamped),
 * with 400. Every upload is written to the audit log.
 */
@ApplicationScoped
public class DocumentFileService {

    public static final String FILE_UPLOADED = "FILE_UPLOADED";
    public static final String FILE_READ = "FILE_READ";
    public static final String FILES_LISTED = "FILES_LISTED";

    private final DocumentService documents;
    private final DocumentRepositories.Documents documentRows;
    private final DocumentFileStore files;
    private final FileConfig config;
    private final AuditLog audit;

    /** A version of a file with its content. */
    public record Content(DocumentEntity document, StoredFile file, byte[] bytes) {
    }

    public DocumentFileService(DocumentService documents, DocumentRepositories.Documents documentRows,
            DocumentFileStore files, FileConfig config, AuditLog audit) {
        this.documents = documents;
        this.documentRows = documentRows;
        this.files = files;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public FileView upload(UUID meetingId, UUID documentId, String mediaType, String fileName, byte[] content,
            String actor) {
        documents.require(meetingId, documentId);
        FileKind kind = FileKind.of(mediaType).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, Message.of("a document's file is a PDF (application/pdf) or a"
                        + " Word document ({0})", "文件须为 PDF（application/pdf）或 Word 文档（{0}）",
                        FileKind.DOCX.mediaType())));
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("file", Message.of("is empty", "为空"));
        }
        long limit = limit(meetingId).maxBytes();
        if (content.length > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of(
                    "the file is {0} bytes, above the meeting's limit of {1} bytes",
                    "文件大小 {0} 字节，超过本次会议的上限 {1} 字节", content.length, limit),
                    List.of(new ProblemException.FieldIssue("file", Message.of("must be at most {0} bytes",
                            "不得超过 {0} 字节", limit))));
        }
        if (!kind.looksLike(content)) {
            throw ProblemException.invalidField("file", Message.of("is not a {0} file as its media type says",
                    "内容与声明的格式（{0}）不符", kind.name()));
        }
        if (kind == FileKind.PDF) {
            Optional<String> fault = CopyStamp.unreadable(content);
            if (fault.isPresent()) {
                throw ProblemException.invalidField("file", switch (fault.get()) {
                    case "encrypted" -> Message.of("is a PDF locked with a password: upload it unlocked, so that"
                            + " its copies can be stamped", "为加密 PDF：请上传未加密的文件，以便为各份加盖份号");
                    case "no pages" -> Message.of("is a PDF without pages", "为没有页面的 PDF");
                    default -> Message.of("is not a PDF that can be opened", "不是可以打开的 PDF");
                });
            }
        }
        // one upload of a document at a time: versions follow each other
        DocumentEntity document = documentRows.findById(documentId, LockModeType.PESSIMISTIC_WRITE);
        StoredFile file = new StoredFile(documentId, files.lastVersion(documentId) + 1, kind.mediaType(),
                fileName == null || fileName.isBlank() ? null : fileName.strip(), content.length, sha256(content),
                actor, DocumentService.now());
        files.insert(meetingId, file, content);
        audit.append(meetingId, actor, FILE_UPLOADED, documentId, null, AuditLog.detail("version", file.version(),
                "mediaType", file.mediaType(), "fileName", file.fileName(), "sizeBytes", file.sizeBytes(),
                "sha256", file.sha256(), "secretLevel", document.classification.name()));
        return view(file, true);
    }

    /** The versions, oldest first; a state secret's listing is audited. */
    @Transactional
    public List<FileView> versions(UUID meetingId, UUID documentId, String actor) {
        DocumentEntity document = documents.require(meetingId, documentId);
        List<StoredFile> versions = files.versions(documentId);
        audit.read(meetingId, actor, FILES_LISTED, document.classification, documentId, null,
                AuditLog.detail("versions", versions.size()));
        return versions.stream().map(f -> view(f, f.version() == versions.size())).toList();
    }

    /** A version (the latest when null) with its content; a state secret's read is audited. */
    @Transactional
    public Content read(UUID meetingId, UUID documentId, Integer version, String actor) {
        DocumentEntity document = documents.require(meetingId, documentId);
        if (version != null && version < 1) {
            throw ProblemException.invalidField("version", Message.of("must be 1 or more", "必须大于等于 1"));
        }
        StoredFile file = files.find(documentId, version).orElseThrow(() -> version == null
                ? ProblemException.notFound(Message.of("File of the document", "文件的电子文本"), documentId)
                : ProblemException.notFound(Message.of("Version of the file", "文件版本"), version));
        audit.read(meetingId, actor, FILE_READ, document.classification, documentId, null, AuditLog.detail(
                "version", file.version(), "sha256", file.sha256()));
        return new Content(document, file, files.content(documentId, file.version()));
    }

    /** The latest version and its content, for stamping a copy; no audit here (the download is). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Content> current(DocumentEntity document) {
        return files.find(document.id, null).map(f -> new Content(document, f, files.content(document.id,
                f.version())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FileLimitView limit(UUID meetingId) {
        return files.limit(meetingId).map(l -> new FileLimitView(meetingId, l.maxBytes(), false, l.setBy(), l.setAt()))
                .orElseGet(() -> new FileLimitView(meetingId, config.defaultMaxBytes(), true, null, null));
    }

    @Transactional
    public FileLimitView setLimit(UUID meetingId, long maxBytes, String actor) {
        if (maxBytes > config.highestMaxBytes()) {
            throw ProblemException.invalidField("maxBytes", Message.of("must be at most {0}", "不得超过 {0}",
                    config.highestMaxBytes()));
        }
        files.setLimit(meetingId, new Limit(maxBytes, actor, DocumentService.now()));
        return limit(meetingId);
    }

    /** SHA-256 of the content, in hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the runtime", e);
        }
    }

    private static FileView view(StoredFile f, boolean current) {
        return new FileView(f.documentId(), f.version(), f.mediaType(), f.fileName(), f.sizeBytes(), f.sha256(),
                FileKind.of(f.mediaType()).map(FileKind::stamped).orElse(false), current, f.uploadedBy(),
                f.uploadedAt());
    }
}
