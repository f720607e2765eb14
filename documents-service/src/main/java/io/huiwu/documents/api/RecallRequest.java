package io.huiwu.documents.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "RecallRequest", description = "A recall (清退) of the meeting's copies that must come back")
public record RecallRequest(
        @Schema(description = "When every copy must be back; in the future") @NotNull OffsetDateTime deadline,
        @Size(max = 500) String note) {
}
