package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.RosterVerification.VerificationState;
import io.huiwu.registration.persistence.AttendeeEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the roster's events on topic {@value #TOPIC}, keyed by attendee id, through the outbox. A change makes a
 * new version, which starts unverified; {@value #VERIFIED} tells that the version consumers have is now final,
 * without a new version.
 */
@ApplicationScoped
public class AttendeeEvents {

    public static final String TOPIC = "registration.attendee";
    public static final String REGISTERED = "attendee-registered";
    public static final String UPDATED = "attendee-updated";
    public static final String WITHDRAWN = "attendee-withdrawn";
    public static final String VERIFIED = "attendee-verified";

    private final Outbox outbox;

    public AttendeeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(AttendeeEntity attendee) {
        publish(REGISTERED, attendee, VerificationState.UNVERIFIED);
    }

    public void updated(AttendeeEntity attendee) {
        publish(UPDATED, attendee, VerificationState.UNVERIFIED);
    }

    public void withdrawn(AttendeeEntity attendee) {
        publish(WITHDRAWN, attendee, VerificationState.UNVERIFIED);
    }

    /** The current version reached the verifications the meeting requires, or an organizer let it pass. */
    public void verified(AttendeeEntity attendee, VerificationState state) {
        if (!state.isFinal()) {
            throw new IllegalArgumentException("attendee " + attendee.id + " is not verified but " + state);
        }
        publish(VERIFIED, attendee, state);
    }

    /** attendee-registered for many entries at once (an import), in one batched write. */
    public void registeredAll(List<AttendeeEntity> attendees) {
        outbox.publishAll(TOPIC, REGISTERED, attendees.stream().map(a -> new Outbox.Pending(a.id.toString(),
                AttendeeSnapshot.of(a, VerificationState.UNVERIFIED))).toList());
    }

    /**
     * Every entry again with sort keys made from new name data, as attendee-updated (attendee-withdrawn for
     * withdrawn ones) with the version it had and its verification state: the entry did not change, its keys did.
     */
    public void rekeyedAll(List<AttendeeEntity> attendees, Map<UUID, VerificationState> states) {
        outbox.publishAll(TOPIC, UPDATED, attendees.stream().filter(a -> a.status != AttendeeStatus.WITHDRAWN)
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a,
                        states.getOrDefault(a.id, VerificationState.UNVERIFIED)))).toList());
        outbox.publishAll(TOPIC, WITHDRAWN, attendees.stream().filter(a -> a.status == AttendeeStatus.WITHDRAWN)
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a,
                        VerificationState.UNVERIFIED))).toList());
    }

    private void publish(String type, AttendeeEntity attendee, VerificationState state) {
        outbox.publish(TOPIC, type, attendee.id.toString(), AttendeeSnapshot.of(attendee, state));
    }
}
