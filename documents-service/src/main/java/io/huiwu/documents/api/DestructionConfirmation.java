package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "DestructionConfirmation", description = "The second supervisor (the caller, never the first)"
        + " confirms a destruction asked for, naming the same approval")
public record DestructionConfirmation(
        @Schema(description = "The approval of the request", examples = "销审〔2026〕1号") @NotBlank @Size(max = 200)
        String approval,
        @Schema(description = "When it was destroyed; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 500) String note) {
}
