package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

public record PacketIssueRequest(
        @Schema(description = "Who signed for the packet (签收人)", examples = "王晓红") @NotBlank @Size(max = 200)
        String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Size(max = 500) String note) {
}
