package io.huiwu.registration.api;

import io.huiwu.registration.domain.MeetingPhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Meeting")
public record MeetingView(
        UUID id,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        int requiredVerifications,
        @Schema(description = "PREPARING (会前), IN_SESSION (会中), CLOSING (会后), CLOSED") MeetingPhase phase,
        @Schema(description = "Send it back in If-Match to change the meeting") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
