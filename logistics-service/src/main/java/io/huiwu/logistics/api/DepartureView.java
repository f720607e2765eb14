package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Departure", description = "Someone leaving the meeting (返程): the trip (the open ticket's when one"
        + " is booked, else the departure registration reported), the booking, and the send-off")
public record DepartureView(UUID attendeeId, String name, @Nullable String delegation, OffsetDateTime departsAt,
        String place, @Schema(description = "TRAIN, FLIGHT, CAR or OTHER") String mode, @Nullable String number,
        int companions,
        @Schema(description = "TICKET (the open booking) or REPORTED (registration's report)",
                enumeration = {"TICKET", "REPORTED"}) String source,
        @Schema(description = "ARRIVAL_AFTER_DEPARTURE when the reported trips contradict each other")
        @Nullable String flag,
        @Schema(description = "The open booking, if any") @Nullable DepartureTicketView ticket,
        @Schema(description = "The send-off in force, if any") @Nullable UUID sendOffId, @Nullable String plate,
        @Nullable OffsetDateTime leaveAt,
        @Schema(description = "Whether the person still holds copies that must come back") ClearanceView clearance) {
}
