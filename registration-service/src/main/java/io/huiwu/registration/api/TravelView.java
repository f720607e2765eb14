package io.huiwu.registration.api;

import io.huiwu.registration.domain.TravelRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "TravelReport")
public record TravelView(UUID id, UUID meetingId, UUID attendeeId, String attendeeName, String delegation,
        TravelRules.Direction direction, TravelRules.Mode mode, String number, OffsetDateTime at, String place,
        int companions, String note, String reportedBy, OffsetDateTime reportedAt, long version) {
}
