package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoomBlock", description = "A hotel's block: the rooms it holds per night and room type, by night")
public record RoomBlockView(UUID hotelId, String hotel, @Nullable LocalDate releaseDate, @Nullable String rateNote,
        List<RoomBlockRequest.Night> nights, @Nullable String updatedBy, OffsetDateTime updatedAt, long version) {
}
