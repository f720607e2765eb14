package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SendOff", description = "A vehicle taking one group of departing people to their station (送站),"
        + " its riders in seat order")
public record SendOffView(UUID id, UUID meetingId, String groupKey, String place, OffsetDateTime firstDeparture,
        OffsetDateTime lastDeparture, OffsetDateTime leaveAt, @Nullable UUID hotelId, @Nullable String hotel,
        UUID vehicleId, String plate, VehicleKind kind, @Nullable String driverName, @Nullable String driverPhone,
        @Nullable String staffInCharge, List<SendOffPlanView.Rider> riders, long version) {
}
