package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.StayStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Stay", description = "Someone's stay at a hotel: the bed it holds (or held, when cancelled), the nights"
        + " and the hotel's confirmation number")
public record StayView(UUID attendeeId, String name, @Nullable String delegation, UUID hotelId, String hotel,
        UUID roomId, @Schema(description = "null when the room has since been removed") @Nullable String room,
        int bed, StayStatus status,
        @Schema(description = "The first night") @Nullable LocalDate arrival,
        @Schema(description = "The day the guest leaves") @Nullable LocalDate departure,
        @Schema(description = "Nights between arrival and departure, when both are known") @Nullable Integer nights,
        @Schema(description = "Where the arrival comes from: STAFF (set by hand, kept), TRAVEL (the reported"
                + " arrival) or MEETING (the meeting's dates); null while unknown") @Nullable String arrivalSource,
        @Schema(description = "Where the departure comes from, as arrivalSource") @Nullable String departureSource,
        @Nullable String requests, @Nullable String confirmationNumber,
        @Schema(description = "When the key was handed over (ARRIVED)") @Nullable OffsetDateTime arrivedAt,
        @Schema(description = "The desk or the member of staff who handed the key over") @Nullable String keyHandedBy,
        @Schema(description = "Handed over by hand: an annulled check-in does not take it back") boolean keyByHand,
        @Schema(description = "Someone has arrived in the room") boolean roomOccupied, @Nullable String updatedBy,
        OffsetDateTime updatedAt, long version) {
}
