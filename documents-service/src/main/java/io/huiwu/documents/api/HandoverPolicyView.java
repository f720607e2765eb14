package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "HandoverPolicy", description = "The highest mark whose copies may be handed over to a holder's unit")
public record HandoverPolicyView(
        Classification highestLevel,
        @Schema(description = "True when the organiser has not set it: everything below 绝密 (TOP_SECRET)")
        boolean byDefault,
        String setBy,
        OffsetDateTime setAt) {
}
