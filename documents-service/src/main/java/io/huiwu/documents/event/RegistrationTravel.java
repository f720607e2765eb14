package io.huiwu.documents.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.DepartureService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads registration-service's travel reports (topic {@value #TOPIC}): documents keeps each person's reported
 * departure, to recover the copies they hold before they go. Arrivals do not concern documents: they are skipped
 * before the inbox. Schemas: {@code TravelReport} in registration's AsyncAPI document, {@code TravelWithdrawal} in
 * logistics' (which reads it too).
 */
@ApplicationScoped
public class RegistrationTravel implements EventSubscriber {

    public static final String TOPIC = "registration.travel";
    public static final String REPORTED = "travel-reported";
    public static final String WITHDRAWN = "travel-withdrawn";
    public static final String DEPARTURE = "DEPARTURE";

    private final DepartureService departures;

    public RegistrationTravel(DepartureService departures) {
        this.departures = departures;
    }

    /** travel-reported: an arrival or a departure as last reported; a newer version replaces an older one. */
    public record TravelReport(UUID meetingId, UUID attendeeId, String direction, String mode, String number,
            OffsetDateTime at, String place, Long version) {
    }

    /** travel-withdrawn: a report taken back; without a direction, both of the person's. */
    public record TravelWithdrawal(UUID meetingId, UUID attendeeId, String direction, Long version) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(REPORTED, TravelReport.class, report -> DEPARTURE.equals(report.direction()),
                        (report, event) -> {
                            if (report.meetingId() == null || report.attendeeId() == null || report.at() == null
                                    || report.version() == null) {
                                throw new EventCodec.MalformedEventException("a departure needs meetingId,"
                                        + " attendeeId, at and version");
                            }
                            departures.reported(report);
                        })
                .on(WITHDRAWN, TravelWithdrawal.class, withdrawal -> withdrawal.direction() == null
                        || DEPARTURE.equals(withdrawal.direction()), (withdrawal, event) -> {
                            if (withdrawal.meetingId() == null || withdrawal.attendeeId() == null) {
                                throw new EventCodec.MalformedEventException("a withdrawal needs meetingId and"
                                        + " attendeeId");
                            }
                            departures.withdrawn(withdrawal);
                        });
    }
}
