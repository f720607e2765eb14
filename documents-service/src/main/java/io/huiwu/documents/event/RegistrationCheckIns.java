package io.huiwu.documents.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.PacketService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads registration-service's check-ins (topic {@value #TOPIC}): a check-in at a DESK list (报到) makes the person's
 * packet due at that desk; one taken back (annulled) before the packet was issued makes it no longer due. Schema:
 * {@code CheckIn} in registration's AsyncAPI document.
 */
@ApplicationScoped
public class RegistrationCheckIns implements EventSubscriber {

    public static final String TOPIC = "registration.checkin";
    public static final String CHECKED_IN = "attendee-checked-in";
    public static final String ANNULLED = "attendee-checkin-annulled";
    public static final String DESK = "DESK";

    private final PacketService packets;

    public RegistrationCheckIns(PacketService packets) {
        this.packets = packets;
    }

    /** attendee-checked-in, attendee-checkin-annulled: what a packet at the desk needs. */
    public record CheckIn(UUID scanId, UUID meetingId, UUID attendeeId, UUID listId, String listName,
            String listKind, OffsetDateTime scannedAt) {
    }

    @Override
    public Subscription subscription() {
        // only the desk's check-ins (报到) matter here: the dining hall's, the sessions' and the gates' are skipped
        // before the inbox, unrecorded
        return Subscription.topic(TOPIC)
                .on(CHECKED_IN, CheckIn.class, RegistrationCheckIns::atDesk, (scan, event) -> packets
                        .checkedInAtDesk(scan.meetingId(), scan.attendeeId(), scan.scanId(), scan.listId(),
                                scan.listName(), scan.scannedAt()))
                .on(ANNULLED, CheckIn.class, RegistrationCheckIns::atDesk,
                        (scan, event) -> packets.checkInAnnulled(scan.meetingId(), scan.scanId()));
    }

    /** A check-in at a desk, or one whose list kind is not given (an older event), which is looked at to be safe. */
    static boolean atDesk(CheckIn scan) {
        return scan.listKind() == null || DESK.equals(scan.listKind());
    }
}
