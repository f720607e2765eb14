package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.registration.persistence.MeetingEntity;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes {@code meeting-updated} on topic {@value #TOPIC}, keyed by meeting id, when a meeting is created or changed. */
@ApplicationScoped
public class MeetingEvents {

    public static final String TOPIC = "registration.meeting";
    public static final String UPDATED = "meeting-updated";

    private final Outbox outbox;

    public MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void updated(MeetingEntity meeting) {
        outbox.publish(TOPIC, UPDATED, meeting.id.toString(), MeetingSnapshot.of(meeting));
    }
}
