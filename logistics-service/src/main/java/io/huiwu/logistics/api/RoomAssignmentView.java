package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoomAssignment", description = "Where someone sleeps, and with whom")
public record RoomAssignmentView(UUID attendeeId, String name, UUID hotelId, String hotel,
        @Nullable String hotelPhone, String building, int floor, UUID roomId, String room, RoomType roomType,
        int bed, @Nullable String roomPhone, List<Roommate> roommates,
        @Schema(description = "Placed by hand: the planner never moves it") boolean pinned,
        @Nullable String assignedBy, OffsetDateTime assignedAt, long version) {

    @Schema(name = "Roommate")
    public record Roommate(UUID attendeeId, String name, int bed) {
    }
}
