package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "HandoverRequest", description = "A copy out with a holder handed over to the holder's unit"
        + " (移交所在单位), with a receipt (移交清单) the unit signs")
public record HandoverRequest(
        @Schema(description = "The holder's unit that takes the copy into its own register") @NotBlank
        @Size(max = 200) String unit,
        @Schema(description = "The person of the unit who received it (接收人)") @NotBlank @Size(max = 200)
        String receivedBy,
        @Schema(description = "The receipt's number; several copies may share one receipt") @NotBlank
        @Size(max = 100) String receiptNumber,
        @Schema(description = "Who authorised the hand-over (批准人)") @NotBlank @Size(max = 200)
        String authorisedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 500) String note) {
}
