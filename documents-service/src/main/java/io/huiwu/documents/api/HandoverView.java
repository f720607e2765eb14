package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Handover", description = "A copy handed over to its holder's unit: a line of the hand-over register")
public record HandoverView(
        UUID copyId,
        UUID documentId,
        String document,
        String copyNumber,
        Classification classification,
        @Schema(description = "The mark as printed: 密级★期限, 内部, or null") String marking,
        @Schema(description = "The person whose unit took it") UUID holderId,
        String holderName,
        String unit,
        @Schema(description = "The person of the unit who received it") String receivedBy,
        String receiptNumber,
        String authorisedBy,
        @Schema(description = "Who recorded it (from the token)") String actor,
        OffsetDateTime happenedAt,
        OffsetDateTime recordedAt,
        @Schema(description = "The entry's position in the copy's ledger") int entry) {
}
