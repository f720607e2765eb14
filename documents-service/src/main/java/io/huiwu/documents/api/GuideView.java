package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Guide", description = "What the organiser or the secretariat wrote for the attendee guide; version 0,"
        + " with nothing in it, until it is first written")
public record GuideView(
        UUID meetingId,
        @Schema(description = "Its version, also its ETag: send it back in If-Match to change it") long version,
        List<GuideRequest.Notice> notices,
        List<GuideRequest.Contact> contacts,
        @Schema(nullable = true) String updatedBy,
        @Schema(nullable = true) OffsetDateTime updatedAt) {
}
