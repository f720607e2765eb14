package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SendOffPlan", description = "Send-offs (送站) by group: who leaves from one station within one"
        + " window, fetched from one hotel, the vehicles that take them, each rider's seat and why; and whoever has"
        + " no send-off")
public record SendOffPlanView(int people, int placed, List<Group> groups, List<Unplaced> unplaced) {

    @Schema(name = "SendOffGroup")
    public record Group(String key, String place, OffsetDateTime firstDeparture, OffsetDateTime lastDeparture,
            @Schema(description = "When the vehicles leave the hotel") OffsetDateTime leaveAt,
            @Nullable UUID hotelId, @Nullable String hotel, List<Load> vehicles) {
    }

    @Schema(name = "SendOffLoad")
    public record Load(UUID vehicleId, String plate, VehicleKind kind, int seats, int occupied,
            @Nullable String driverName, @Nullable String staffInCharge, List<Rider> riders) {
    }

    @Schema(name = "SendOffRider")
    public record Rider(UUID attendeeId, String name, @Nullable String delegation, OffsetDateTime departsAt,
            @Schema(description = "TRAIN, FLIGHT or OTHER") String mode, @Nullable String number,
            @Schema(description = "The open ticket the trip was read from; null for the reported departure")
            @Nullable UUID ticketId, int companions, int seat,
            @Schema(description = "REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n elsewhere")
            String position,
            @Schema(description = "Why they ride there: VIP_CAR (a ranked person in a VIP car) or GROUP",
                    enumeration = {"VIP_CAR", "GROUP"}) String rule,
            @Schema(description = "What decided: the protocol rank or the group") String key, String explanation,
            String explanationZh,
            @Schema(description = "Whether the person still holds copies that must come back") ClearanceView clearance) {
    }

    @Schema(name = "SendOffUnplaced")
    public record Unplaced(UUID attendeeId, String name, String reason, String reasonZh) {
    }
}
