package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "TransferRequest", description = "The holder hands the copy to another person without returning it")
public record TransferRequest(
        @Schema(description = "The current holder; a transfer by anyone else is refused") @NotNull UUID fromHolderId,
        @Schema(description = "The person who receives it") @NotNull UUID toHolderId,
        @Schema(description = "Who signed for it") @NotBlank @Size(max = 200) String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 200) String authorisedBy,
        @Size(max = 500) String note) {
}
