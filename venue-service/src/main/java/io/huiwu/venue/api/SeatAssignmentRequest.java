package io.huiwu.venue.api;

import io.huiwu.venue.domain.SeatLedger;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "SeatAssignmentRequest", description = "Seat operations on one layout of a hall, applied in order and"
        + " all or none")
public record SeatAssignmentRequest(
        @Schema(description = "The session whose seating it is; absent for the meeting's standing layout (the seat a"
                + " 座次证 prints)") UUID sessionId,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid Operation> operations) {

    @Schema(name = "SeatOperation", description = "ASSIGN seats attendeeId on seatId; MOVE takes the holder of seatId"
            + " to toSeatId; SWAP exchanges the holders of seatId and toSeatId; RELEASE empties seatId")
    public record Operation(
            @NotNull SeatLedger.Action action,
            @Schema(examples = "F1-R3-S12") @Size(max = 40) String seatId,
            @Schema(description = "MOVE and SWAP: the other seat") @Size(max = 40) String toSeatId,
            @Schema(description = "ASSIGN: an active attendee of the meeting") UUID attendeeId,
            @Schema(description = "Compare-and-set: who must hold seatId before this operation, else 409 naming the"
                    + " seat") UUID expectedHolder,
            @Schema(description = "Compare-and-set: seatId must be vacant before this operation, else 409")
            Boolean expectVacant) {
    }
}
