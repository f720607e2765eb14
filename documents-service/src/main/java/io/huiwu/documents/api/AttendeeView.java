package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Attendee", description = "An attendee as documents knows them, from registration's roster")
public record AttendeeView(
        UUID id,
        UUID meetingId,
        String name,
        String gender,
        String category,
        String delegation,
        String unit,
        String title,
        Integer rank,
        @Schema(description = "The version of the roster entry this copy reflects") long sourceVersion,
        OffsetDateTime updatedAt) {
}
