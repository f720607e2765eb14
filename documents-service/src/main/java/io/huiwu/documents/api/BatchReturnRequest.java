package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "BatchReturnRequest", description = "Copies handed back together, e.g. by a delegation's liaison")
public record BatchReturnRequest(
        @NotNull @Size(min = 1, max = 500) List<@NotNull UUID> copyIds,
        @Schema(description = "The member of staff who received them back") @NotBlank @Size(max = 200)
        String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 500) String note) {
}
