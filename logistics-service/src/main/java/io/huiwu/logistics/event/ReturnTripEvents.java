package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes {@code departure-scheduled} on topic {@value TransportEvents#TOPIC}, through the outbox, keyed by the
 * attendee id: a person's send-off (送站), for registration's readiness check and for documents, which recovers
 * numbered copies before the person leaves. Phones never travel on this topic (EVENTS.md): the driver is a name.
 * Schema in {@code asyncapi/asyncapi.yaml}.
 */
@ApplicationScoped
public class ReturnTripEvents {

    public static final String DEPARTURE_SCHEDULED = "departure-scheduled";

    private final Outbox outbox;

    public ReturnTripEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of departure-scheduled: how someone leaves the meeting.
     *
     * @param at when the train or flight leaves
     * @param place the station or airport
     * @param mode TRAIN, FLIGHT or OTHER
     * @param number the train or flight, when known
     * @param ticketStatus the open ticket's status (REQUESTED, BOOKED, ISSUED); null when none was booked here
     * @param leaveAt when the vehicle leaves the hotel
     * @param driver the driver's name
     * @param position REAR_RIGHT, REAR_LEFT, REAR_MIDDLE, FRONT_PASSENGER in a VIP car; SEAT_n elsewhere
     */
    public record DepartureScheduled(UUID meetingId, UUID attendeeId, UUID sendOffId, OffsetDateTime at,
            String place, String mode, @Nullable String number, @Nullable String ticketStatus, String group,
            OffsetDateTime leaveAt, @Nullable UUID hotelId, @Nullable String hotel, UUID vehicleId, String plate,
            String kind, @Nullable String driver, @Nullable String staffInCharge, int seat, String position,
            int companions) {
    }

    public void departureScheduled(DepartureScheduled departure) {
        outbox.publish(TransportEvents.TOPIC, DEPARTURE_SCHEDULED, departure.attendeeId().toString(), departure);
    }
}
