package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Departure", description = "How and when a person leaves the meeting (离会)")
public record DepartureView(
        @Schema(description = "When they leave: the send-off's leaving time when logistics scheduled one, else the"
                + " reported train or flight's") OffsetDateTime time,
        @Schema(description = "SEND_OFF: logistics' send-off to the trip registration reported; TICKET: its"
                + " send-off to a ticket it booked; REPORTED: the trip the person reported, no send-off yet",
                enumeration = {"SEND_OFF", "TICKET", "REPORTED"}) String source,
        @Schema(description = "TRAIN, FLIGHT, CAR, OTHER") String mode,
        @Schema(description = "Train or flight number") String number,
        @Schema(description = "The station or airport") String station,
        @Schema(description = "When the train or flight leaves") OffsetDateTime tripAt,
        @Schema(description = "A ticket logistics booked: REQUESTED, BOOKED, ISSUED") String ticketStatus,
        @Schema(description = "The send-off") UUID sendOffId,
        @Schema(description = "The send-off vehicle's plate") String plate) {
}
