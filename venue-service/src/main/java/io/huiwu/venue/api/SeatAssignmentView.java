package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "SeatAssignment", description = "A seat of the published map and who holds it in the layout")
public record SeatAssignmentView(
        @Schema(examples = "F1-R3-S12") String seatId,
        @Schema(examples = "一层 3排 12号") String label,
        int floor, String block, int row, int number,
        @Schema(description = "Null for the meeting's standing layout") UUID sessionId,
        @Schema(description = "Null when the seat is vacant") UUID attendeeId,
        String name,
        OffsetDateTime assignedAt) {
}
