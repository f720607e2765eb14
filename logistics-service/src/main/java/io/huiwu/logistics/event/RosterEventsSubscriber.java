package io.huiwu.logistics.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.RosterCopyService;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the roster copy up to date from {@code attendee-registered}, {@code -updated} and {@code -withdrawn}. */
@ApplicationScoped
public class RosterEventsSubscriber implements EventSubscriber {

    private final RosterCopyService roster;

    public RosterEventsSubscriber(RosterCopyService roster) {
        this.roster = roster;
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic("registration.attendee")
                .on("attendee-registered", RosterEntry.class, (entry, event) -> roster.apply(entry))
                .on("attendee-updated", RosterEntry.class, (entry, event) -> roster.apply(entry))
                .on("attendee-withdrawn", RosterEntry.class, (entry, event) -> roster.apply(entry));
    }
}
