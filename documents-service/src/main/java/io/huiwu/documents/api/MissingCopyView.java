package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import io.huiwu.documents.domain.LedgerAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "MissingCopy", description = "A copy that is missing: not back by its recall's deadline, or reported"
        + " lost; with the last holder and the last entry known before it went missing")
public record MissingCopyView(UUID copyId, UUID documentId, String document, String copyNumber,
        Classification secretLevel,
        @Schema(description = "Who last had it") UUID holderId, String holderName, String delegation,
        @Schema(description = "When it went missing (a recall's deadline, or when it was reported)")
        OffsetDateTime missingSince,
        @Schema(description = "Who recorded it missing: documents-service at a recall's deadline, or a member of"
                + " staff") String reportedBy,
        String note,
        @Schema(description = "The last entry before it went missing") LastKnown lastKnown) {

    @Schema(name = "MissingCopyLastKnown", description = "The last ledger entry before a copy went missing")
    public record LastKnown(int entry, LedgerAction action, OffsetDateTime happenedAt, String receivedBy,
            String actor) {
    }
}
