package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Publication", description = "A bulletin (会议简报) or the meeting's summary (会议纪要) and where it"
        + " is in its workflow")
public record PublicationView(
        UUID id,
        UUID meetingId,
        @Schema(description = "BULLETIN or SUMMARY") String kind,
        @Schema(description = "DRAFT, SUBMITTED, APPROVED, PUBLISHED, SUPERSEDED (a summary replaced by a later one)")
        String state,
        String masthead,
        String title,
        String issuingBody,
        String body,
        @Schema(description = "A published bulletin's number, 第N期") Integer issueNumber,
        String author,
        OffsetDateTime createdAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        String publishedBy,
        OffsetDateTime publishedAt,
        Distribution distribution,
        UUID supersedes,
        UUID supersededBy) {

    @Schema(name = "Distribution", description = "Who received it")
    public record Distribution(List<String> categories, List<String> delegations, List<UUID> attendeeIds) {
    }
}
