package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "ReturnRequest", description = "A copy handed back (清退)")
public record ReturnRequest(
        @Schema(description = "The member of staff who received it back (接收人)") @NotBlank @Size(max = 200)
        String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 200) String authorisedBy,
        @Size(max = 500) String note) {
}
