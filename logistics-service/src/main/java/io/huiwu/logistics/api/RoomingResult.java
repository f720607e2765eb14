package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.rooming.LodgingRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "RoomingResult", description = "A proposed rooming plan: who sleeps where, and every rule it still"
        + " breaks, per person")
public record RoomingResult(
        @Schema(description = "People who need a bed") int people,
        @Schema(description = "People given a bed") int placed,
        @Schema(description = "Whether no hard rule is broken") boolean feasible,
        @Schema(description = "Broken hard rules and soft penalties, summed", examples = "0hard/-12soft") String score,
        List<Placement> placements,
        List<Violation> violations) {

    @Schema(name = "RoomingPlacement")
    public record Placement(UUID attendeeId, String name, UUID hotelId, String hotel, UUID roomId, String room,
            int bed, @Schema(description = "Placed by hand: never moved") boolean pinned) {
    }

    @Schema(name = "RoomingViolation", description = "A rule the plan breaks for one person")
    public record Violation(UUID attendeeId, String name, LodgingRule rule,
            @Schema(description = "A hard rule makes the plan unusable; a soft one only worse") boolean hard,
            @Schema(description = "The room or delegation concerned") @Nullable String where,
            @Schema(description = "The others it concerns (roommates, fellow delegates)") List<UUID> with,
            String explanation, String explanationZh) {
    }
}
