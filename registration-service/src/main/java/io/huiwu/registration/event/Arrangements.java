package io.huiwu.registration.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.registration.domain.Readiness;
import io.huiwu.registration.service.ReadinessService;
import io.huiwu.registration.service.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * What logistics, venue and documents arrange for each person, read from their events (EVENTS.md) for the readiness
 * check: a bed (logistics.lodging), a table (logistics.dining), a seat (venue.seating), a pickup
 * (logistics.transport), materials (documents.copy) and a kit (logistics.supplies). Each reader takes only what the
 * check needs; their schemas are in registration's AsyncAPI document (receive operations). The seat of the standing
 * layout is also what a 座次证 prints, and the vehicles logistics registers on logistics.transport are the holders
 * of vehicle passes.
 */
public final class Arrangements {

    private Arrangements() {
    }

    /** room-assigned, room-unassigned. */
    public record Room(UUID meetingId, UUID attendeeId, String hotel, String room, String bed) {
    }

    /** table-assigned, table-unassigned. */
    public record Table(UUID meetingId, UUID attendeeId, String hall, String table, String seat) {
    }

    /** seat-assigned, seat-unassigned: in a session's seating, or the meeting's standing layout (no session). */
    public record Seat(UUID meetingId, UUID attendeeId, UUID sessionId, String seatLabel) {
    }

    /** vehicle-registered: a vehicle of the meeting, the holder of a 车辆通行证. */
    public record Vehicle(UUID meetingId, UUID vehicleId, String plate, String kind, String driver) {
    }

    /** pickup-scheduled: who rides. */
    public record Pickup(UUID meetingId, UUID pickupId, List<UUID> riders, String place) {
    }

    /** material-issued: a numbered copy handed to a holder. */
    public record Material(UUID meetingId, UUID copyId, UUID holderId, String document, String copyNumber) {
    }

    /** kit-issued. */
    public record Kit(UUID meetingId, UUID kitId, UUID holderId, String kit) {
    }

    @ApplicationScoped
    public static class Lodging implements EventSubscriber {
        private final ReadinessService readiness;

        public Lodging(ReadinessService readiness) {
            this.readiness = readiness;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("logistics.lodging")
                    .on("room-assigned", Room.class, (room, event) -> readiness.arranged(room.meetingId(),
                            need(room.attendeeId()), Readiness.Arranged.BED, "lodging",
                            join(room.hotel(), room.room(), room.bed())))
                    .on("room-unassigned", Room.class, (room, event) -> readiness.withdrawn(need(room.attendeeId()),
                            Readiness.Arranged.BED, "lodging"));
        }
    }

    @ApplicationScoped
    public static class Dining implements EventSubscriber {
        private final ReadinessService readiness;

        public Dining(ReadinessService readiness) {
            this.readiness = readiness;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("logistics.dining")
                    .on("table-assigned", Table.class, (table, event) -> readiness.arranged(table.meetingId(),
                            need(table.attendeeId()), Readiness.Arranged.TABLE, "dining",
                            join(table.hall(), table.table(), table.seat())))
                    .on("table-unassigned", Table.class, (table, event) -> readiness.withdrawn(
                            need(table.attendeeId()), Readiness.Arranged.TABLE, "dining"));
        }
    }

    @ApplicationScoped
    public static class Seating implements EventSubscriber {
        private final ReadinessService readiness;

        public Seating(ReadinessService readiness) {
            this.readiness = readiness;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("venue.seating")
                    .on("seat-assigned", Seat.class, (seat, event) -> readiness.arranged(seat.meetingId(),
                            need(seat.attendeeId()), Readiness.Arranged.SEAT, layout(seat), seat.seatLabel()))
                    .on("seat-unassigned", Seat.class, (seat, event) -> readiness.withdrawn(need(seat.attendeeId()),
                            Readiness.Arranged.SEAT, layout(seat)));
        }

        private static String layout(Seat seat) {
            return seat.sessionId() == null ? ReadinessService.STANDING_LAYOUT : seat.sessionId().toString();
        }
    }

    @ApplicationScoped
    public static class Transport implements EventSubscriber {
        private final ReadinessService readiness;
        private final VehicleService vehicles;

        public Transport(ReadinessService readiness, VehicleService vehicles) {
            this.readiness = readiness;
            this.vehicles = vehicles;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("logistics.transport")
                    .on("pickup-scheduled", Pickup.class, (pickup, event) -> {
                        if (pickup.pickupId() == null || pickup.riders() == null) {
                            throw new EventCodec.MalformedEventException("a pickup needs pickupId and riders");
                        }
                        for (UUID rider : pickup.riders()) {
                            readiness.arranged(pickup.meetingId(), rider, Readiness.Arranged.PICKUP,
                                    pickup.pickupId().toString(), pickup.place());
                        }
                    })
                    .on("vehicle-registered", Vehicle.class, (vehicle, event) -> vehicles.registered(
                            vehicle.meetingId(), vehicle.vehicleId(), vehicle.plate(), vehicle.kind(),
                            vehicle.driver()));
        }
    }

    @ApplicationScoped
    public static class Supplies implements EventSubscriber {
        private final ReadinessService readiness;

        public Supplies(ReadinessService readiness) {
            this.readiness = readiness;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("logistics.supplies")
                    .on("kit-issued", Kit.class, (kit, event) -> readiness.arranged(kit.meetingId(),
                            need(kit.holderId()), Readiness.Arranged.KIT,
                            kit.kitId() == null ? "kit" : kit.kitId().toString(), kit.kit()));
        }
    }

    @ApplicationScoped
    public static class Copies implements EventSubscriber {
        private final ReadinessService readiness;

        public Copies(ReadinessService readiness) {
            this.readiness = readiness;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic("documents.copy")
                    .on("material-issued", Material.class, (copy, event) -> {
                        if (copy.copyId() == null) {
                            throw new EventCodec.MalformedEventException("an issued copy needs copyId");
                        }
                        readiness.arranged(copy.meetingId(), need(copy.holderId()), Readiness.Arranged.MATERIAL,
                                copy.copyId().toString(), join(copy.document(), copy.copyNumber()));
                    });
        }
    }

    private static UUID need(UUID attendee) {
        if (attendee == null) {
            throw new EventCodec.MalformedEventException("the event names no attendee");
        }
        return attendee;
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
