package io.huiwu.documents.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.DepartureService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads logistics-service's transport (topic {@value #TOPIC}): the send-offs (departure-scheduled), whose leaving
 * time is when a person's copies must be back. Vehicles and site-visit buses do not concern documents: not routed,
 * they are skipped before the inbox. A send-off carries no version: the event's time orders them. Schema:
 * {@code DepartureScheduled} in logistics' AsyncAPI document.
 */
@ApplicationScoped
public class LogisticsTransport implements EventSubscriber {

    public static final String TOPIC = "logistics.transport";
    public static final String DEPARTURE_SCHEDULED = "departure-scheduled";

    private final DepartureService departures;

    public LogisticsTransport(DepartureService departures) {
        this.departures = departures;
    }

    /** departure-scheduled: the send-off (vehicle leaving the hotel at leaveAt) and the trip it goes to. */
    public record DepartureScheduled(UUID meetingId, UUID attendeeId, UUID sendOffId, OffsetDateTime at,
            String place, String mode, String number, String ticketStatus, OffsetDateTime leaveAt, String plate) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(DEPARTURE_SCHEDULED, DepartureScheduled.class, (departure, event) -> {
                    if (departure.meetingId() == null || departure.attendeeId() == null
                            || departure.leaveAt() == null || event.time() == null) {
                        throw new EventCodec.MalformedEventException("a send-off needs meetingId, attendeeId,"
                                + " leaveAt and the event's time");
                    }
                    departures.scheduled(departure, event.time());
                });
    }
}
