package io.huiwu.registration.api;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Gender;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Attendee")
public record AttendeeView(
        UUID id,
        UUID meetingId,
        String name,
        Gender gender,
        Category category,
        String delegation,
        String unit,
        String title,
        Integer rank,
        AttendeeStatus status,
        @Schema(description = "Send it back in If-Match to change the entry") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
