package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishes check-ins on topic {@value #TOPIC}, keyed by attendee id, through the outbox. */
@ApplicationScoped
public class CheckInEvents {

    public static final String TOPIC = "registration.checkin";
    public static final String CHECKED_IN = "attendee-checked-in";
    public static final String ANNULLED = "attendee-checkin-annulled";

    private final Outbox outbox;

    public CheckInEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of {@code attendee-checked-in} and {@code attendee-checkin-annulled}.
     * Schema: {@code CheckIn} in {@code asyncapi/asyncapi.yaml}. {@code sessionId}: the session whose door list it
     * is, null for a list of no session (报到 desk, dining).
     */
    public record CheckIn(UUID scanId, UUID meetingId, UUID attendeeId, UUID listId, String listName,
            String listKind, OffsetDateTime scannedAt, String method, boolean offline, UUID sessionId) {
    }

    public void checkedIn(CheckIn checkIn) {
        outbox.publish(TOPIC, CHECKED_IN, checkIn.attendeeId().toString(), checkIn);
    }

    public void annulled(CheckIn checkIn) {
        outbox.publish(TOPIC, ANNULLED, checkIn.attendeeId().toString(), checkIn);
    }
}
