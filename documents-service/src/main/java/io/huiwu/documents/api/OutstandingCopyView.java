package io.huiwu.documents.api;

import io.huiwu.documents.domain.CopyState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "OutstandingCopy", description = "A copy that must come back and is still out, with its holder")
public record OutstandingCopyView(UUID copyId, UUID documentId, String document, String copyNumber,
        CopyState state, UUID holderId, String holderName, String delegation, OffsetDateTime dueAt) {
}
