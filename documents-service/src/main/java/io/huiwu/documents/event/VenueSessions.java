package io.huiwu.documents.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.SessionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads venue-service's schedule (topic {@value #TOPIC}): documents keeps each session (kind, name, times, place,
 * groups) for its host scripts, minutes and group records. Schema: {@code Session} in venue's AsyncAPI document.
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

    /** session-scheduled, session-changed, session-cancelled: the session as it stands after the change. */
    public record VenueSession(UUID sessionId, UUID meetingId, long version, String kind, String name,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, List<UUID> groupIds, boolean cancelled) {
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(TOPIC)
                .on(SCHEDULED, VenueSession.class, (session, event) -> sessions.keep(session, false))
                .on(CHANGED, VenueSession.class, (session, event) -> sessions.keep(session, false))
                .on(CANCELLED, VenueSession.class, (session, event) -> sessions.keep(session, true));
    }
}
