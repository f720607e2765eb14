package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Vehicle", description = "A vehicle of the meeting, its driver and the staff member in charge")
public record VehicleView(UUID id, UUID meetingId, String plate, VehicleKind kind, int seats, int luggage,
        @Nullable String driverName, @Nullable String driverPhone, @Nullable String staffInCharge,
        OffsetDateTime updatedAt, long version) {
}
