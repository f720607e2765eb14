package io.huiwu.documents.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "LedgerNoteRequest", description = "A copy reported missing, or found again")
public record LedgerNoteRequest(
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 200) String authorisedBy,
        @Schema(description = "What is known: where it was last seen, where it was found") @Size(max = 500)
        String note) {
}
