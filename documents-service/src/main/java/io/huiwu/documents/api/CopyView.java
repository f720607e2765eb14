package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.CopyState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Copy", description = "A numbered copy and where its ledger says it is")
public record CopyView(
        UUID id,
        UUID documentId,
        UUID meetingId,
        @Schema(description = "份号", examples = "000017") String copyNumber,
        Classification classification,
        CopyState state,
        @Schema(description = "Who has it (issued, loaned), or last had it (missing)") UUID holderId,
        @Schema(description = "When a loaned copy is due back") OffsetDateTime dueAt,
        @Schema(description = "1 for the first batch; later batches carry their approval") int batch,
        String approval,
        @Schema(description = "How many ledger entries it has") int entries,
        long version) {
}
