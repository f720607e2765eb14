package io.huiwu.documents.api;

import io.huiwu.documents.domain.LedgerAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "LedgerEntry", description = "One entry of a copy's ledger; entries are never changed")
public record LedgerEntryView(
        UUID id,
        UUID copyId,
        int seq,
        LedgerAction action,
        UUID holderId,
        @Schema(description = "A transfer: who handed it on") UUID fromHolderId,
        @Schema(description = "Who signed for it: the holder on issue, the member of staff who took it back")
        String receivedBy,
        OffsetDateTime dueAt,
        String approval,
        List<String> supervisors,
        String note,
        @Schema(description = "A hand-over: the holder's unit that received it") String unit,
        @Schema(description = "A hand-over: the receipt's number (移交清单)") String receiptNumber,
        @Schema(description = "Who recorded it (from the token)") String actor,
        @Schema(description = "Who authorised it, when not the actor") String authorisedBy,
        @Schema(description = "When it happened") OffsetDateTime happenedAt,
        @Schema(description = "When the server recorded it") OffsetDateTime recordedAt) {
}
