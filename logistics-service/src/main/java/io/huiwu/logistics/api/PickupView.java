package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Pickup", description = "A vehicle meeting one wave of arrivals (接站), its riders in seat order")
public record PickupView(UUID id, UUID meetingId, String waveKey, String place, OffsetDateTime waveStart,
        OffsetDateTime waveLast, @Nullable UUID hotelId, @Nullable String hotel, UUID vehicleId, String plate,
        VehicleKind kind, @Nullable String driverName, @Nullable String driverPhone, @Nullable String staffInCharge,
        @Schema(description = "SCHEDULED or COMPLETED") String status, @Nullable OffsetDateTime completedAt,
        List<PickupPlanView.Rider> riders, long version) {
}
