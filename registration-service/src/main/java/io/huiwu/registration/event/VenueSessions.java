package io.huiwu.registration.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.registration.service.SessionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads venue-service's schedule (topic {@value #TOPIC}): registration keeps each session with a door list and the
 * set of people expected at it, for 应到/实到/请假/缺席.
 */
@ApplicationScoped
public class VenueSessions implements EventSubscriber {

    public static final String TOPIC = "venue.session";
    public static final String SCHEDULED = "session-scheduled";
    public static final String CHANGED = "session-changed";
    public static final String CANCELLED = "session-cancelled";

    private final SessionService sessions;

    public VenueSessions(SessionService sessions) {
        this.sessions = sessions;
    }

    /**
     * A session as venue publishes it (EVENTS.md, venue.session). Categories are the roster's category names;
     * delegations are named as on the roster; an empty list means everyone of the categories.
     */
    public record VenueSession(UUID sessionId, UUID meetingId, long version, String kind, String name,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, List<String> categories,
            List<String> delegations, List<UUID> groupIds) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(SCHEDULED, VenueSession.class, (session, event) -> sessions.scheduled(session))
                .on(CHANGED, VenueSession.class, (session, event) -> sessions.scheduled(session))
                .on(CANCELLED, VenueSession.class, (session, event) -> sessions.cancelled(session));
    }
}
