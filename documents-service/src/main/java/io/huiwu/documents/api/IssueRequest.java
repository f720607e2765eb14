package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "IssueRequest", description = "A copy handed to a person of the roster, who signs for it")
public record IssueRequest(
        @Schema(description = "The attendee who receives it") @NotNull UUID holderId,
        @Schema(description = "Who signed for it (签收人)", examples = "王晓红") @NotBlank @Size(max = 200)
        String receivedBy,
        @Schema(description = "When it happened; now if absent; never in the future") OffsetDateTime happenedAt,
        @Schema(description = "Who authorised it, when not the caller") @Size(max = 200) String authorisedBy,
        @Size(max = 500) String note) {
}
