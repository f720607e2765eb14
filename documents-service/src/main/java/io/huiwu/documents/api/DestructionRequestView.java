package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DestructionRequestView", description = "A destruction asked for, waiting for a second supervisor")
public record DestructionRequestView(UUID id, UUID copyId, String copyNumber, String approval, String note,
        @Schema(description = "The first supervisor") String requestedBy, OffsetDateTime requestedAt) {
}
