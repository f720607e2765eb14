package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "GuidePage", description = "A person's page of the attendee guide (个人会议须知), compiled from what this"
        + " service holds now: their seat for each session, room and roommates, tables, pickup and the documents they"
        + " must give back")
public record GuidePageView(
        UUID meetingId,
        UUID attendeeId,
        String name,
        @Schema(nullable = true) String delegation,
        @Schema(description = "Moves each time a seat, the room or roommates, or a table of theirs changes (0: nothing"
                + " arranged yet); a page printed at an older revision is out of date") long revision,
        @Schema(nullable = true, description = "When the revision last moved (the change's time)")
        OffsetDateTime changedAt,
        @Schema(description = "The sessions (not cancelled) they take part in, by start; group sessions only of"
                + " their discussion groups") List<SessionSeat> seats,
        @Schema(nullable = true, description = "Their seat in the standing layout (the one a 座次证 prints)")
        Seat standingSeat,
        @Schema(nullable = true) Room room,
        @Schema(description = "Their table at each meal, by day and meal") List<Table> tables,
        @Schema(nullable = true, description = "Their pickup (接站); null while none is known") Pickup pickup,
        @Schema(description = "The copies they hold that must come back, by document") List<CopyDue> copiesDue) {

    @Schema(name = "GuideSessionSeat", description = "Their seat at a session: the session's own seating, else the"
            + " standing layout's (standing true), else none (seat null)")
    public record SessionSeat(UUID sessionId, String session, OffsetDateTime startsAt, OffsetDateTime endsAt,
            @Schema(nullable = true) String place, @Schema(nullable = true) Seat seat, boolean standing) {
    }

    @Schema(name = "GuideSeat", description = "A seat of a hall")
    public record Seat(String seatLabel, String hall, int floor, String block, int row, int number) {
    }

    @Schema(name = "GuideRoom", description = "Where they sleep, with the room's telephone and their roommates")
    public record Room(String hotel, String building, int floor, String room, String bed,
            @Schema(nullable = true) String phone, List<String> roommates) {
    }

    @Schema(name = "GuideTable", description = "Their seat at a table for one meal")
    public record Table(LocalDate day, @Schema(enumeration = {"BREAKFAST", "LUNCH", "DINNER"}) String meal,
            String hall, String table, String seat) {
    }

    @Schema(name = "GuidePickup", description = "Their pickup on arrival (接站)")
    public record Pickup(OffsetDateTime at, @Schema(nullable = true) String place,
            @Schema(nullable = true, description = "Train or flight") String service,
            @Schema(nullable = true) String vehicle, @Schema(nullable = true) String contact) {
    }

    @Schema(name = "GuideCopyDue", description = "A copy they hold that must come back")
    public record CopyDue(UUID copyId, UUID documentId, String document, String copyNumber) {
    }
}
