package io.huiwu.logistics.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.ClearanceService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads documents' clearance (topic {@value #TOPIC}) into each person's clearance state, once each (the chassis's
 * inbox), with logistics' consumer group; a record that keeps failing becomes a dead letter. recall-opened changes
 * nothing here.
 */
@ApplicationScoped
public class ClearanceConsumer implements EventSubscriber {

    public static final String TOPIC = "documents.clearance";

    private final ClearanceService clearance;

    public ClearanceConsumer(ClearanceService clearance) {
        this.clearance = clearance;
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on("attendee-cleared", ClearanceSnapshot.class, (cleared, event) -> {
                    if (cleared.meetingId() == null || cleared.attendeeId() == null || cleared.clearedAt() == null) {
                        throw new EventCodec.MalformedEventException("attendee-cleared needs meetingId, attendeeId"
                                + " and clearedAt");
                    }
                    clearance.cleared(cleared, event.id());
                })
                .on("attendee-clearance-blocked", ClearanceSnapshot.class, (blocked, event) -> {
                    if (blocked.meetingId() == null || blocked.attendeeId() == null || blocked.checkedAt() == null
                            || blocked.due() == null || blocked.due().isEmpty()) {
                        throw new EventCodec.MalformedEventException("attendee-clearance-blocked needs meetingId,"
                                + " attendeeId, checkedAt and what is due");
                    }
                    clearance.blocked(blocked, event.id());
                });
    }
}
