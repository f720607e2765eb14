package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "SeatHistoryEntry", description = "One change of a seat's holder, oldest first")
public record SeatHistoryView(
        String seatId,
        @Schema(description = "Null for the meeting's standing layout") UUID sessionId,
        @Schema(enumeration = {"ASSIGN", "MOVE", "SWAP", "RELEASE"}) String action,
        @Schema(description = "The holder after the change; null when it left the seat vacant") UUID attendeeId,
        @Schema(description = "The holder before; null when the seat was vacant") UUID previousAttendeeId,
        String changedBy,
        OffsetDateTime changedAt) {
}
