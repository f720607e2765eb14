package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Hold", description = "A hold on a document; in place until released")
public record HoldView(UUID id, UUID documentId, String reason, String placedBy, OffsetDateTime placedAt,
        String releasedBy, OffsetDateTime releasedAt, boolean inPlace, long version) {
}
