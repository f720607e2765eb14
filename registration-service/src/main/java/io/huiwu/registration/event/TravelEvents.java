package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.persistence.TravelReportEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishes {@code travel-reported} on topic {@value #TOPIC}, keyed by attendee id, through the outbox. */
@ApplicationScoped
public class TravelEvents {

    public static final String TOPIC = "registration.travel";
    public static final String REPORTED = "travel-reported";

    private final Outbox outbox;

    public TravelEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of travel-reported. Schema: {@code TravelReport} in {@code asyncapi/asyncapi.yaml}. */
    public record TravelReported(UUID reportId, UUID meetingId, UUID attendeeId, String direction, String mode,
            String number, OffsetDateTime at, String place, int companions, long version) {
    }

    public void reported(TravelReportEntity report) {
        outbox.publish(TOPIC, REPORTED, report.attendeeId.toString(), new TravelReported(report.id, report.meetingId,
                report.attendeeId, report.direction.name(), report.mode.name(), report.number, report.at,
                report.place, report.companions, report.version));
    }
}
