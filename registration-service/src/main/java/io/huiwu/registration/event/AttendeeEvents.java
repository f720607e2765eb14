package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.persistence.AttendeeEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

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
    public void registeredAll(List<AttendeeEntity> attendees) {
        outbox.publishAll(TOPIC, REGISTERED, attendees.stream()
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a))).toList());
    }

    /**
     * Every entry again with sort keys made from new name data, as attendee-updated (attendee-withdrawn for
     * withdrawn ones) with the version it had: the entry did not change, its keys did.
     */
    public void rekeyedAll(List<AttendeeEntity> attendees) {
        outbox.publishAll(TOPIC, UPDATED, attendees.stream().filter(a -> a.status != AttendeeStatus.WITHDRAWN)
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a))).toList());
        outbox.publishAll(TOPIC, WITHDRAWN, attendees.stream().filter(a -> a.status == AttendeeStatus.WITHDRAWN)
                .map(a -> new Outbox.Pending(a.id.toString(), AttendeeSnapshot.of(a))).toList());
    }

    private void publish(String type, AttendeeEntity attendee) {
        outbox.publish(TOPIC, type, attendee.id.toString(), AttendeeSnapshot.of(attendee));
    }
}
