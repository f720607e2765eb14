package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "Room", description = "A room, with where it is")
public record RoomView(UUID id, UUID hotelId, String hotel, UUID buildingId, String building, UUID floorId,
        int floor, String number, RoomType type, int beds, @Nullable String phone, long version) {
}
