package io.huiwu.venue.api;

import io.huiwu.venue.domain.HallSeating;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "HallSeatingRequest", description = "The rules and the fixed points of a session's hall seating; the"
        + " same body previews a plan and applies it")
public record HallSeatingRequest(
        @Schema(description = "The rules; each absent one takes the mainstream default") @Valid Policy policy,
        @Schema(description = "People who keep the seat given, whatever the rules say")
        @Size(max = 5000) List<@NotNull @Valid Pin> pins,
        @Schema(description = "People on leave for the session (请假): their seats are left empty or closed up as"
                + " the policy says; withdrawn people always are") @Size(max = 5000) List<@NotNull UUID> absentIds) {

    @Schema(name = "HallSeatingPolicy", description = "Each rule a switch, with the mainstream default")
    public record Policy(
            @Schema(description = "Categories by zone, front and centre first; default"
                    + " [[ATTENDEE], [NON_VOTING, GUEST], [STAFF, PRESS]]; a category in no zone is not seated")
            @Size(min = 1, max = 10) List<@NotNull @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 30) String>>
                    zones,
            @Schema(description = "Zones after the first: BEHIND it (whole rows; a higher floor ranks lower,"
                    + " default) or at its SIDES (whole columns from the centre out)")
            HallSeating.ZonePlacement zonePlacement,
            @Schema(description = "Delegation blocks: ACROSS (横排, default), FRONT_TO_BACK (竖排) or CENTRE_OUT"
                    + " (左右排列)") HallSeating.BlockLayout layout,
            @Schema(description = "CENTRE_OUT: the side, from the audience's view, of the second block (LEFT,"
                    + " default: D4 D2 D1 D3 D5)") HallSeating.AudienceSide firstSide,
            @Schema(description = "Inside a block after the leaders: STROKES (registration's surname-stroke key,"
                    + " default) or RANK") HallSeating.WithinBlock withinBlock,
            @Schema(description = "Absent people: LEAVE_EMPTY their seat (default) or CLOSE_UP")
            HallSeating.Absence absence,
            @Schema(description = "KEEP_SEATED (default): start from the plan applied before and move the fewest"
                    + " people; FRESH: plan from nothing (pinned and hand-seated people still stay)")
            HallSeating.Replan replan) {
    }

    @Schema(name = "HallSeatingPin")
    public record Pin(@NotNull UUID attendeeId, @Schema(examples = "F1-R1-S12") @NotBlank @Size(max = 40)
            String seatId) {
    }
}
