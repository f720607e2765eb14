package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoomingMapping", description = "A hotel's rooming list layout; the default one while none is saved")
public record RoomingMappingView(UUID hotelId, @Schema(description = "false: the default layout") boolean saved,
        List<RoomingColumn> columns, @Nullable String updatedBy, @Nullable OffsetDateTime updatedAt) {
}
