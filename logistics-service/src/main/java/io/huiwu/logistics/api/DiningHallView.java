package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "DiningHall", description = "A dining hall, with how many tables and seats it has")
public record DiningHallView(UUID id, UUID meetingId, String name, @Nullable String location, int tables, int seats,
        OffsetDateTime updatedAt, long version) {
}
