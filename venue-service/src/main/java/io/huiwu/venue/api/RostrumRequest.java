package io.huiwu.venue.api;

import io.huiwu.venue.domain.RostrumSeating;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "RostrumRequest", description = "Who sits on a session's rostrum (主席台), in rank order, on which rows,"
        + " by which policy")
public record RostrumRequest(
        @Schema(description = "Active attendees of the meeting, the highest rank first")
        @NotEmpty @Size(max = 300) List<@NotNull UUID> attendeeIds,
        @Schema(description = "Seats per row, the front row first; front rows fill first. When absent, the rostrum"
                + " rows of the published seat map of the session's hall", examples = "[7, 9]")
        @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> rows,
        @Schema(description = "Which side of the leader ranks higher; LEFT_IS_HIGHER (左为上) when absent")
        RostrumSeating.Side side,
        @Schema(description = "How a row of an even count is centred; SHARE_THE_CENTRE when absent, ONE_ON_THE_AXIS"
                + " for 双数单摆") RostrumSeating.EvenCount evenCount,
        @Schema(description = "People seated by hand, who stay where they are put")
        @Size(max = 300) List<@NotNull @Valid PinRequest> pins) {

    @Schema(name = "RostrumPin", description = "A person pinned to a seat: the row (1 is the front) and the seat in"
            + " it from the audience's left (from 1), among the seats that row fills")
    public record PinRequest(
            @NotNull UUID attendeeId,
            @NotNull @Min(1) @Max(10) Integer row,
            @NotNull @Min(1) @Max(60) Integer position) {
    }
}
