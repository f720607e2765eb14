package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record DistributionView(UUID id, UUID documentId,
        @Schema(enumeration = {"CATEGORY", "DELEGATION", "PERSON"}) String kind,
        @Schema(description = "The category, the delegation or the person's id") String target,
        String addedBy, OffsetDateTime addedAt) {
}
