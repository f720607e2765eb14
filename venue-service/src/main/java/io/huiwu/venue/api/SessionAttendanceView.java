package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SessionAttendance", description = "Who of those seated in a session's hall is there now: admitted at"
        + " the session's door (PRESENT), on leave for it (ON_LEAVE), or neither (ABSENT)")
public record SessionAttendanceView(
        UUID sessionId,
        UUID hallId,
        @Schema(description = "SESSION: the session's own seating; STANDING: the meeting's standing layout, when the"
                + " session has no seating of its own") String layout,
        Counts counts,
        @Schema(description = "The seated people, by floor, row and number") List<Seat> seats) {

    /** A seated person's attendance. */
    public enum Status { PRESENT, ABSENT, ON_LEAVE }

    @Schema(name = "SessionAttendanceCounts")
    public record Counts(int seated, int present, int absent, int onLeave) {
    }

    @Schema(name = "SessionAttendanceSeat")
    public record Seat(
            @Schema(examples = "F1-R1-S12") String seatId,
            @Schema(examples = "一层 1排 12号") String label,
            int floor, int row, int number,
            UUID attendeeId,
            String name,
            String delegation,
            Status status,
            @Schema(description = "Their first admission that stands; null unless PRESENT") OffsetDateTime checkedInAt,
            @Schema(description = "The leave that covers the session; null unless ON_LEAVE") UUID absenceId,
            @Schema(description = "The leave's kind of reason; null unless ON_LEAVE") String reasonKind) {
    }

    @Schema(name = "SessionAttendanceUpdate", description = "A message of the live attendance stream: the counts, and"
            + " the seats whose person or status changed since the message before (every seat in the first, where"
            + " `full` is true)")
    public record Update(UUID sessionId, boolean full, Counts counts, List<Seat> seats) {
    }
}
