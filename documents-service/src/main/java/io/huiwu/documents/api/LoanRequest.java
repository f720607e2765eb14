package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "LoanRequest", description = "A copy lent to a temporary reader or the press, due back at a time")
public record LoanRequest(
        @Schema(description = "The person of the roster who borrows it") @NotNull UUID holderId,
        @Schema(description = "When it is due back") @NotNull OffsetDateTime dueAt,
        @Schema(description = "Who signed for it") @NotBlank @Size(max = 200) String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 200) String authorisedBy,
        @Size(max = 500) String note) {
}
