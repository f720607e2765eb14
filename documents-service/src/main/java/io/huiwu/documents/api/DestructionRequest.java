package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "DestructionRequest", description = "A copy destroyed with an approval, under two supervisors")
public record DestructionRequest(
        @Schema(description = "The approval record", examples = "销审〔2026〕1号") @NotBlank @Size(max = 200)
        String approval,
        @Schema(description = "The two members of staff who supervised it, two different people") @NotNull
        @Size(min = 2, max = 2) List<@NotBlank @Size(max = 100) String> supervisors,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 500) String note) {
}
