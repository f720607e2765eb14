package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.rooming.LodgingRule;
import io.huiwu.logistics.domain.rooming.ReplanRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "Replan", description = "A re-plan of lodging after a change: beds given up by people who withdrew, and"
        + " free beds for the people without one; nobody who has a bed is moved")
public record ReplanView(
        @Schema(description = "What the re-plan was made from (the beds in force, the roster, the rooms): give it back"
                + " to apply") String basis,
        @Schema(description = "People without a bed, who needed one") int people,
        @Schema(description = "People given a bed") int placed,
        List<Placement> placements,
        @Schema(description = "People for whom no bed keeps the rules") List<Unplaced> unplaced,
        @Schema(description = "Beds of people no longer on the roster, given up") List<Released> released) {

    @Schema(name = "ReplanPlacement", description = "A free bed given, with its rule and explanation")
    public record Placement(UUID attendeeId, String name, @Nullable String delegation, UUID hotelId, String hotel,
            UUID roomId, String room, int bed, ReplanRule rule,
            @Schema(description = "Who already sleeps in the room") List<Roommate> roommates,
            @Schema(description = "Soft rules the bed still breaks") List<LodgingRule> breaches,
            String explanation, String explanationZh) {
    }

    @Schema(name = "ReplanRoommate")
    public record Roommate(UUID attendeeId, String name, int bed) {
    }

    @Schema(name = "ReplanUnplaced")
    public record Unplaced(UUID attendeeId, String name, @Nullable String delegation, ReplanRule rule,
            String explanation, String explanationZh) {
    }

    @Schema(name = "ReplanReleased")
    public record Released(UUID attendeeId, String hotel, String room, int bed) {
    }
}
