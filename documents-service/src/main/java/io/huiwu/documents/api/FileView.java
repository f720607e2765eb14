package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DocumentFile", description = "A version of a document's file; the content itself is read from"
        + " .../file")
public record FileView(
        UUID documentId,
        @Schema(description = "1 for the first upload; each later one is the next") int version,
        @Schema(examples = "application/pdf") String mediaType,
        String fileName,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        @Schema(description = "Whether the numbered copies are stamped from it (a PDF; a docx is kept, not stamped)")
        boolean stamped,
        @Schema(description = "Whether it is the document's current file (the latest version)") boolean current,
        String uploadedBy,
        OffsetDateTime uploadedAt) {
}
