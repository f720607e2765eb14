package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes on topic {@value #TOPIC}, through the outbox: {@code vehicle-registered} keyed by vehicle id;
 * {@code pickup-scheduled} and {@code pickup-completed} keyed by pickup id. registration reads meetingId, vehicleId,
 * plate, kind and driver (its {@code VehicleRegistration}) to issue the vehicle's pass, and meetingId, pickupId,
 * riders and place (its {@code PickupArrangement}) for its readiness check. Phones never travel on this topic
 * (EVENTS.md): the driver is a name. Schemas in {@code asyncapi/asyncapi.yaml}.
 */
@ApplicationScoped
public class TransportEvents {

    public static final String TOPIC = "logistics.transport";
    public static final String VEHICLE_REGISTERED = "vehicle-registered";
    public static final String PICKUP_SCHEDULED = "pickup-scheduled";
    public static final String PICKUP_COMPLETED = "pickup-completed";

    private final Outbox outbox;

    public TransportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of vehicle-registered: the vehicle as it now is (registered again when it changes).
     *
     * @param kind CAR, VIP_CAR, MINIBUS or BUS
     * @param driver the driver's name
     * @param seats seats for riders, the driver's not counted
     */
    public record VehicleRegistered(UUID meetingId, UUID vehicleId, String plate, String kind, String driver,
            int seats, int luggage, String staffInCharge) {
    }

    public void vehicleRegistered(VehicleRegistered vehicle) {
        outbox.publish(TOPIC, VEHICLE_REGISTERED, vehicle.vehicleId().toString(), vehicle);
    }

    /**
     * The data of pickup-scheduled and pickup-completed: a vehicle meeting one wave of arrivals.
     *
     * @param riders who it meets, in seat order
     * @param place the station or airport
     * @param at the wave's first arrival
     * @param driver the driver's name
     * @param status SCHEDULED or COMPLETED
     */
    public record Pickup(UUID meetingId, UUID pickupId, List<UUID> riders, String place, OffsetDateTime at,
            String wave, UUID hotelId, String hotel, UUID vehicleId, String plate, String kind, String driver,
            String staffInCharge, List<Seat> seats, String status, OffsetDateTime completedAt) {
    }

    /**
     * A rider's seat and train or flight.
     *
     * @param position REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n elsewhere
     */
    public record Seat(UUID attendeeId, int seat, String position, String number, OffsetDateTime arrivalAt,
            int companions) {
    }

    public void pickupScheduled(Pickup pickup) {
        outbox.publish(TOPIC, PICKUP_SCHEDULED, pickup.pickupId().toString(), pickup);
    }

    public void pickupCompleted(Pickup pickup) {
        outbox.publish(TOPIC, PICKUP_COMPLETED, pickup.pickupId().toString(), pickup);
    }
}
