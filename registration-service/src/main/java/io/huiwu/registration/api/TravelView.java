package io.huiwu.registration.api;

import io.huiwu.registration.domain.TravelRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "TravelReport")
public record TravelView(UUID id, UUID meetingId, UUID attendeeId, String attendeeName, @Nullable String delegation,
        TravelRules.TravelDirection direction, TravelRules.TravelMode mode, @Nullable String number, OffsetDateTime at,
        String place, int companions, @Nullable String note, String reportedBy, OffsetDateTime reportedAt,
                long version) {
}
