package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Device", description = "A registered check-in device")
public record DeviceView(UUID id, UUID meetingId, String name, List<UUID> listIds, OffsetDateTime registeredAt,
        String registeredBy, @Nullable OffsetDateTime revokedAt, @Nullable String revokedBy,
        @Nullable String revokeReason,
        @Schema(description = "When the device last downloaded its lists") @Nullable OffsetDateTime lastSeenAt,
        long version) {
}
