package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SeatMapValidation", description = "Whether the draft can be published, and what it changes")
public record SeatMapValidation(
        boolean publishable,
        int seatCount,
        @Schema(description = "Seats of the latest published version; 0 when none") int publishedSeatCount,
        @Schema(description = "Seats the draft adds to the latest published version") int added,
        @Schema(description = "Seats of the latest published version the draft lacks") int removed,
        @Schema(description = "Blocked or assigned seats the draft lacks: publishing is refused while there are any")
        List<String> heldSeatsLost,
        @Schema(description = "What to look at, such as a capacity unlike the seats") List<String> warnings) {
}
