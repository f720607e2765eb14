package io.huiwu.venue.api;

import io.huiwu.venue.domain.HallSeating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "HallSeating", description = "A session's hall seating: a preview (not applied) or the plan applied,"
        + " every seat it uses with the rule that filled it, and what it changes against the seating now")
public record HallSeatingView(
        UUID sessionId,
        UUID hallId,
        @Schema(description = "The published seat map version it is on") int seatMapVersion,
        @Schema(description = "True for the plan applied; false for a preview") boolean applied,
        @Schema(description = "The number of the plan applied (1, 2...); null for a preview") Long version,
        String appliedBy,
        OffsetDateTime appliedAt,
        int seated,
        int keptEmpty,
        int spare,
        @Schema(description = "Seats front first, then from the audience's left") List<Seat> seats,
        @Schema(description = "People who change seat") List<Change> moves,
        @Schema(description = "People given a seat who had none") List<Change> added,
        @Schema(description = "People who lose their seat (withdrawn, absent or no longer seated)")
        List<Change> leaving,
        @Schema(description = "People the plan could not seat, and why") List<Unseated> unseated,
        @Schema(description = "People treated as absent from the session (withdrawn ones left out): listed in"
                + " absentIds, or on leave for it in registration's leave register (请假); their seat is kept empty"
                + " or closed up as the policy says. Empty for the plan applied") List<Absent> absent) {

    @Schema(name = "HallSeatingSeat")
    public record Seat(
            @Schema(examples = "F1-R1-S12") String seatId,
            @Schema(examples = "一层 1排 12号") String label,
            int floor, int row, int number,
            @Schema(description = "Null when kept empty or spare") UUID attendeeId,
            String name,
            HallSeating.Kind kind,
            @Schema(description = "1 for the first zone; 0 for a pinned seat") int zone,
            String delegation,
            @Schema(description = "PINNED, LEADER, STROKES, RANK, MOVED (late change), KEPT_EMPTY or SPARE")
            String rule,
            @Schema(description = "What the rule read: the delegation role, stroke key or rank") String key,
            @Schema(examples = "zone 1 (ATTENDEE) · delegation 3 (北京市, agreed order 3) · ACROSS block · 1st in"
                    + " block: leader LEADER · row 1") String why) {
    }

    @Schema(name = "HallSeatingChange")
    public record Change(UUID attendeeId, String name, String fromSeatId, String fromLabel, String toSeatId,
            String toLabel) {
    }

    @Schema(name = "HallSeatingUnseated")
    public record Unseated(UUID attendeeId, String name, String reason) {
    }

    @Schema(name = "HallSeatingAbsent")
    public record Absent(UUID attendeeId, String name,
            @Schema(description = "LISTED (in absentIds) or ON_LEAVE") String reason,
            @Schema(description = "The leave that covers the session; null when listed") UUID absenceId,
            @Schema(description = "The leave's kind of reason: ILLNESS, OFFICIAL_DUTY, PERSONAL, OTHER")
            String reasonKind) {
    }
}
