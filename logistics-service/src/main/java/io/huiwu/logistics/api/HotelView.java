package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Hotel", description = "A hotel of the meeting, with how many rooms and beds it has")
public record HotelView(UUID id, UUID meetingId, String name, @Nullable String address, @Nullable String phone,
        int buildings, int rooms, int beds, OffsetDateTime updatedAt, long version) {
}
