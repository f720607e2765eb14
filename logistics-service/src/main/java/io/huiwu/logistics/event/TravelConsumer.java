package io.huiwu.logistics.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.TravelService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads registration's arrivals and departures (topic {@value #TOPIC}) into the travel table, once each (the
 * chassis's inbox), with logistics' consumer group; a record that keeps failing becomes a dead letter.
 */
@ApplicationScoped
public class TravelConsumer implements EventSubscriber {

    public static final String TOPIC = "registration.travel";

    private final TravelService travel;

    public TravelConsumer(TravelService travel) {
        this.travel = travel;
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on("travel-reported", TravelSnapshot.class, (report, event) -> {
                    if (report.meetingId() == null || report.attendeeId() == null || report.direction() == null
                            || report.at() == null || report.place() == null || report.mode() == null) {
                        throw new EventCodec.MalformedEventException("a travel report needs meetingId, attendeeId,"
                                + " direction, mode, at and place");
                    }
                    travel.reported(report);
                })
                .on("travel-withdrawn", TravelWithdrawal.class, (withdrawal, event) -> {
                    if (withdrawal.meetingId() == null || withdrawal.attendeeId() == null) {
                        throw new EventCodec.MalformedEventException("a withdrawal needs meetingId and attendeeId");
                    }
                    travel.withdrawn(withdrawal);
                });
    }
}
