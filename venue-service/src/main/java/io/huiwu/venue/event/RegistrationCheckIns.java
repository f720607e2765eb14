package io.huiwu.venue.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.venue.persistence.AttendanceStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads registration's admissions (topic {@value #TOPIC}) at the door of a session: those whose list is a session's
 * (the event names it) make the person present at that session until annulled; admissions at other lists (报到
 * desks, dining) are not about a session and change nothing here. The live attendance streams of the session are
 * told once the change commits.
 */
@ApplicationScoped
public class RegistrationCheckIns implements EventSubscriber {

    public static final String TOPIC = "registration.checkin";
    public static final String CHECKED_IN = "attendee-checked-in";
    public static final String ANNULLED = "attendee-checkin-annulled";

    private final AttendanceStore store;
    private final ChangeSignals signals;

    public RegistrationCheckIns(AttendanceStore store, ChangeSignals signals) {
        this.store = store;
        this.signals = signals;
    }

    /** What venue reads of registration's {@code CheckIn}. */
    public record CheckIn(UUID scanId, UUID meetingId, UUID attendeeId, UUID listId, String listKind,
            OffsetDateTime scannedAt, UUID sessionId) {
    }

    @Override
    public Subscription subscription() {
        // only a session's check-ins count here: the desk's, the dining hall's and the gates' are skipped unrecorded
        return Subscription.topic(TOPIC)
                .on(CHECKED_IN, CheckIn.class, RegistrationCheckIns::atSession, (c, event) -> keep(c, false))
                .on(ANNULLED, CheckIn.class, RegistrationCheckIns::atSession, (c, event) -> keep(c, true));
    }

    static boolean atSession(CheckIn checkIn) {
        return checkIn.sessionId() != null;
    }

    private void keep(CheckIn c, boolean annulled) {
        if (store.admission(c.scanId(), c.meetingId(), c.sessionId(), c.attendeeId(), c.scannedAt(), annulled)) {
            signals.changedOnCommit(c.sessionId());
        }
    }
}
