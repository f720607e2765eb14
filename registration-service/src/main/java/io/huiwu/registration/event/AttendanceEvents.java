package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.persistence.AbsenceEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the leave register (请假) on topic {@value #TOPIC}, keyed by attendee id, through the outbox: venue
 * leaves the seat empty and counts the session without them, logistics knows who will not eat or travel. The reason
 * in words stays in registration (it may be about someone's health); its kind travels.
 */
@ApplicationScoped
public class AttendanceEvents {

    public static final String TOPIC = "registration.attendance";
    public static final String REPORTED = "absence-reported";
    public static final String WITHDRAWN = "absence-withdrawn";

    private final Outbox outbox;

    public AttendanceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of both events. Schema: {@code Absence} in {@code asyncapi/asyncapi.yaml}. */
    public record Absence(UUID absenceId, UUID meetingId, UUID attendeeId, OffsetDateTime from, OffsetDateTime to,
            List<UUID> sessionIds, String reasonKind, String approvedBy, String status, long version) {
    }

    public void reported(AbsenceEntity absence) {
        publish(REPORTED, absence);
    }

    public void withdrawn(AbsenceEntity absence) {
        publish(WITHDRAWN, absence);
    }

    private void publish(String type, AbsenceEntity absence) {
        outbox.publish(TOPIC, type, absence.attendeeId.toString(), new Absence(absence.id, absence.meetingId,
                absence.attendeeId, absence.from, absence.to, List.of(absence.sessionIds), absence.reasonKind.name(),
                absence.approvedBy, absence.status.name(), absence.version));
    }
}
