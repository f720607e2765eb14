package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "SeatBlock", description = "A seat out of use")
public record SeatBlockView(String seatId, String label, String reason, OffsetDateTime blockedAt) {
}
