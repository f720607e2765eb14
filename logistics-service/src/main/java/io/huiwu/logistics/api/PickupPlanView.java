package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "PickupPlan", description = "Pickups (接站) by wave: who arrives at one place within one window bound"
        + " for one hotel, the vehicles that meet them, each rider's seat and why; and whoever has no pickup")
public record PickupPlanView(int people, int placed, List<Wave> waves, List<Unplaced> unplaced) {

    @Schema(name = "PickupWave")
    public record Wave(String key, String place, OffsetDateTime start, OffsetDateTime last, @Nullable UUID hotelId,
            @Nullable String hotel,
            @Schema(description = "Kept as it was in force: nothing about its people or vehicles changed")
            boolean kept, List<Load> vehicles) {
    }

    @Schema(name = "PickupLoad")
    public record Load(UUID vehicleId, String plate, VehicleKind kind, int seats, int occupied,
            @Nullable String driverName, @Nullable String staffInCharge, List<Rider> riders) {
    }

    @Schema(name = "PickupRider")
    public record Rider(UUID attendeeId, String name, @Nullable String delegation, OffsetDateTime arrivalAt,
            @Schema(description = "TRAIN, FLIGHT or OTHER") String mode, @Nullable String number, int companions,
            int seat,
            @Schema(description = "REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n elsewhere")
            String position,
            @Schema(description = "Why they ride there: VIP_CAR (a ranked rider in a VIP car), WAVE, or BY_HAND",
                    enumeration = {"VIP_CAR", "WAVE", "BY_HAND"}) String rule,
            @Schema(description = "What decided: the protocol rank or the wave") String key, String explanation,
            String explanationZh) {
    }

    @Schema(name = "PickupUnplaced")
    public record Unplaced(UUID attendeeId, String name, String reason, String reasonZh) {
    }
}
