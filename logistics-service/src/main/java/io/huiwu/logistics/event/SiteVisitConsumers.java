package io.huiwu.logistics.event;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.logistics.service.SiteVisitService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What site-visit buses are planned from, read once each (the chassis's inbox) with logistics' consumer group; a
 * record that keeps failing becomes a dead letter. Two topics, so two subscribers.
 */
public final class SiteVisitConsumers {

    private SiteVisitConsumers() {
    }

    /** venue's schedule (topic {@value #TOPIC}): its SITE_VISIT sessions; other kinds change nothing. */
    @ApplicationScoped
    public static class Sessions implements EventSubscriber {

        public static final String TOPIC = "venue.session";

        private final SiteVisitService visits;

        public Sessions(SiteVisitService visits) {
            this.visits = visits;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic(TOPIC)
                    .on("session-scheduled", VenueSession.class, (session, event) -> visits.session(check(session)))
                    .on("session-changed", VenueSession.class, (session, event) -> visits.session(check(session)))
                    .on("session-cancelled", VenueSession.class,
                            (session, event) -> visits.session(check(session)));
        }

        private static VenueSession check(VenueSession session) {
            if (session.sessionId() == null || session.meetingId() == null || session.kind() == null
                    || session.version() == null) {
                throw new EventCodec.MalformedEventException("a session needs sessionId, meetingId, kind and"
                        + " version");
            }
            if (VenueSession.SITE_VISIT.equals(session.kind()) && (session.name() == null
                    || session.startsAt() == null || session.endsAt() == null)) {
                throw new EventCodec.MalformedEventException("a site visit needs name, startsAt and endsAt");
            }
            return session;
        }
    }

    /** registration's discussion groups (topic {@value #TOPIC}): members, conveners and the staff serving them. */
    @ApplicationScoped
    public static class Groups implements EventSubscriber {

        public static final String TOPIC = "registration.group";

        private final SiteVisitService visits;

        public Groups(SiteVisitService visits) {
            this.visits = visits;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic(TOPIC)
                    .on("discussion-group-updated", DiscussionGroupSnapshot.class, (group, event) -> {
                        if (group.groupId() == null || group.meetingId() == null || group.name() == null
                                || group.version() == null || group.members() == null) {
                            throw new EventCodec.MalformedEventException("a group needs groupId, meetingId, name,"
                                    + " members and version");
                        }
                        visits.groupUpdated(group);
                    })
                    .on("discussion-group-removed", DiscussionGroupRemoval.class, (removal, event) -> {
                        if (removal.groupId() == null || removal.meetingId() == null || removal.version() == null) {
                            throw new EventCodec.MalformedEventException("a removal needs groupId, meetingId and"
                                    + " version");
                        }
                        visits.groupRemoved(removal);
                    });
        }
    }
}
