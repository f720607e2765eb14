package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.persistence.AttendeeEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes the roster's events on topic {@value #TOPIC}, keyed by attendee id, through the outbox. */
@ApplicationScoped
public class AttendeeEvents {

    public static final String TOPIC = "registration.attendee";
    public static final String REGISTERED = "attendee-registered";
    public static final String UPDATED = "attendee-updated";
    public static final String WITHDRAWN = "attendee-withdrawn";

    private final Outbox outbox;

    public AttendeeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(AttendeeEntity attendee) {
        publish(REGISTERED, attendee);
    }

    public void updated(AttendeeEntity attendee) {
        publish(UPDATED, attendee);
    }

    public void withdrawn(AttendeeEntity attendee) {
        publish(WITHDRAWN, attendee);
    }

    /** attendee-registered for many entries at once (an import), in one batched write. */
    public void registeredAll(java.util.List<AttendeeEntity> attendees) {
        outbox.publishAll(TOPIC, REGISTERED, attendees.stream()
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a))).toList());
    }

    private void publish(String type, AttendeeEntity attendee) {
        outbox.publish(TOPIC, type, attendee.id.toString(), AttendeeSnapshot.of(attendee));
    }
}
