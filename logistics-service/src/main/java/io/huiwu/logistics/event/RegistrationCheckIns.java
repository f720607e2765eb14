package io.huiwu.logistics.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.KeyHandoverService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads registration-service's check-ins (topic {@value #TOPIC}): a check-in at a DESK list (报到) hands the room key
 * over, making the person's stay ARRIVED; that check-in annulled takes the arrival back unless staff handed the key
 * by hand. Check-ins at doors and dining halls change nothing here. Schema: {@code CheckIn} in registration's
 * AsyncAPI document.
 */
@ApplicationScoped
public class RegistrationCheckIns implements EventSubscriber {

    public static final String TOPIC = "registration.checkin";
    public static final String CHECKED_IN = "attendee-checked-in";
    public static final String ANNULLED = "attendee-checkin-annulled";
    public static final String DESK = "DESK";

    private final KeyHandoverService keys;

    public RegistrationCheckIns(KeyHandoverService keys) {
        this.keys = keys;
    }

    /** attendee-checked-in, attendee-checkin-annulled: what the key handover needs. */
    public record CheckIn(UUID scanId, UUID meetingId, UUID attendeeId, String listName, String listKind,
            OffsetDateTime scannedAt) {
    }

    @Override
    public Subscription subscription() {
        // only the desk's check-ins (报到) matter here: the dining hall's, the sessions' and the gates' are skipped
        // before the inbox, unrecorded
        return Subscription.topic(TOPIC)
                .on(CHECKED_IN, CheckIn.class, RegistrationCheckIns::atDesk, (scan, event) -> keys
                        .checkedInAtDesk(scan.meetingId(), scan.attendeeId(), scan.scanId(), scan.listName(),
                                scan.scannedAt()))
                .on(ANNULLED, CheckIn.class, RegistrationCheckIns::atDesk,
                        (scan, event) -> keys.checkInAnnulled(scan.meetingId(), scan.attendeeId(), scan.scanId()));
    }

    /** A check-in at a desk, or one whose list kind is not given (an older event), which is looked at to be safe. */
    static boolean atDesk(CheckIn scan) {
        return scan.listKind() == null || DESK.equals(scan.listKind());
    }
}
