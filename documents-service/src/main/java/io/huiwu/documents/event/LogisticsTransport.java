package io.huiwu.documents.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.DepartureService;
import io.huiwu.documents.service.PickupService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads logistics-service's transport (topic {@value #TOPIC}): the send-offs (departure-scheduled), whose leaving
 * time is when a person's copies must be back, and the pickups (pickup-scheduled, pickup-completed) the attendee
 * guide shows. Vehicles and site-visit buses do not concern documents: not routed, they are skipped before the
 * inbox. Neither carries a version: the event's time orders them. Schemas: {@code DepartureScheduled} and
 * {@code Pickup} in logistics' AsyncAPI document.
 */
@ApplicationScoped
public class LogisticsTransport implements EventSubscriber {

    public static final String TOPIC = "logistics.transport";
    public static final String DEPARTURE_SCHEDULED = "departure-scheduled";
    public static final String PICKUP_SCHEDULED = "pickup-scheduled";
    public static final String PICKUP_COMPLETED = "pickup-completed";

    private final DepartureService departures;
    private final PickupService pickups;

    public LogisticsTransport(DepartureService departures, PickupService pickups) {
        this.departures = departures;
        this.pickups = pickups;
    }

    /** departure-scheduled: the send-off (vehicle leaving the hotel at leaveAt) and the trip it goes to. */
    public record DepartureScheduled(UUID meetingId, UUID attendeeId, UUID sendOffId, OffsetDateTime at,
            String place, String mode, String number, String ticketStatus, OffsetDateTime leaveAt, String plate) {
    }

    /** pickup-scheduled, pickup-completed: a vehicle meeting one wave of arrivals, riders in seat order. */
    public record PickupEvent(UUID meetingId, UUID pickupId, List<UUID> riders, String place, OffsetDateTime at,
            String wave, String hotel, UUID vehicleId, String plate, String kind, String driver,
            String staffInCharge, List<PickupSeat> seats, String status, OffsetDateTime completedAt) {
    }

    /** A rider's seat on a pickup, with their own train or flight. */
    public record PickupSeat(UUID attendeeId, Integer seat, String position, String number,
            OffsetDateTime arrivalAt, Integer companions) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(PICKUP_SCHEDULED, PickupEvent.class, (pickup, event) -> keep(pickup, event.time()))
                .on(PICKUP_COMPLETED, PickupEvent.class, (pickup, event) -> keep(pickup, event.time()))
                .on(DEPARTURE_SCHEDULED, DepartureScheduled.class, (departure, event) -> {
                    if (departure.meetingId() == null || departure.attendeeId() == null
                            || departure.leaveAt() == null || event.time() == null) {
                        throw new EventCodec.MalformedEventException("a send-off needs meetingId, attendeeId,"
                                + " leaveAt and the event's time");
                    }
                    departures.scheduled(departure, event.time());
                });
    }

    private void keep(PickupEvent pickup, OffsetDateTime time) {
        if (pickup.meetingId() == null || pickup.pickupId() == null || pickup.place() == null || pickup.at() == null
                || pickup.wave() == null || pickup.vehicleId() == null || pickup.plate() == null
                || pickup.kind() == null || time == null) {
            throw new EventCodec.MalformedEventException("a pickup needs meetingId, pickupId, place, at, wave,"
                    + " vehicleId, plate, kind and the event's time");
        }
        pickups.keep(pickup, time);
    }
}
