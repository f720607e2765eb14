package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "BusPlan", description = "Who rides which bus to a site visit (现场参观乘车), by discussion group")
public record BusPlanView(
        UUID sessionId,
        String name,
        OffsetDateTime startsAt,
        @Schema(description = "How many take part in the visit") int participants,
        @Schema(description = "How many have a seat") int placed,
        List<Bus> buses,
        List<Unplaced> unplaced) {

    @Schema(name = "SiteVisitBus", description = "A bus of a site visit, numbered from 1, with its marshal")
    public record Bus(
            int number,
            UUID vehicleId,
            String plate,
            VehicleKind kind,
            @Schema(description = "Seats for riders, the driver's not counted; one is the marshal's") int seats,
            @Nullable String driverName,
            @Schema(description = "Shown to staff, never published") @Nullable String driverPhone,
            @Schema(description = "The staff member in charge of the bus (带车); none when no staff was left")
            @Nullable Marshal marshal,
            List<Rider> riders) {
    }

    @Schema(name = "SiteVisitMarshal")
    public record Marshal(
            UUID attendeeId,
            String name,
            @Schema(enumeration = {"GROUP_STAFF", "STAFF_POOL"}) String rule,
            String explanation,
            String explanationZh) {
    }

    @Schema(name = "SiteVisitRider")
    public record Rider(
            UUID attendeeId,
            String name,
            @Nullable String delegation,
            @Schema(description = "Front first") int seat,
            @Nullable UUID groupId,
            @Nullable String group,
            @Schema(description = "A convener (召集人) of the group") boolean convener,
            @Schema(enumeration = {"GROUP", "GROUP_SPLIT", "NO_GROUP"}) String rule,
            String key,
            String explanation,
            String explanationZh) {
    }

    @Schema(name = "SiteVisitUnplaced")
    public record Unplaced(UUID attendeeId, String name, @Nullable UUID groupId, @Nullable String group,
            String reason, String reasonZh) {
    }
}
