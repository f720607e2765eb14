package io.huiwu.venue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A plan edited by hand, to be checked, and what the check found. */
public final class HallSeatingCheck {

    private HallSeatingCheck() {
    }

    @Schema(name = "HallSeatingDraft", description = "A seating edited by hand: who sits where")
    public record Draft(@NotNull @Size(max = 20000) List<@NotNull @Valid Entry> seats) {
    }

    @Schema(name = "HallSeatingDraftEntry")
    public record Entry(@NotBlank @Size(max = 40) String seatId, @NotNull UUID attendeeId) {
    }

    @Schema(name = "HallSeatingFindings", description = "Whether the seating is sound, and each fault by where it is"
            + " (seats[i].seatId or seats[i].attendeeId)")
    public record Findings(boolean valid, List<Finding> issues) {
    }

    @Schema(name = "HallSeatingFinding")
    public record Finding(
            @Schema(examples = "seats[3].seatId") String field,
            @Schema(description = "SEAT_GIVEN_TWICE, PERSON_SEATED_TWICE, NOT_ON_MAP, BLOCKED, NOT_IN_ROSTER or"
                    + " NON_VOTING_AHEAD (a non-voting attendee ahead of a voting one of the same delegation)")
            String code,
            String message,
            String messageZh) {
    }
}
