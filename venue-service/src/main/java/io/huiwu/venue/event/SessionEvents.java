package io.huiwu.venue.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.venue.domain.SessionKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the schedule on topic {@value #TOPIC}, keyed by session id: {@code session-scheduled} when a session is
 * created, {@code session-changed} when it is edited, {@code session-cancelled} when it is cancelled, and
 * {@code agenda-changed} when its agenda gets a new version. Registration keeps a door list and the expected people
 * per session from them; logistics plans meals and shuttles; documents writes host scripts and minutes.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String TOPIC = "venue.session";
    public static final String SCHEDULED = "session-scheduled";
    public static final String CHANGED = "session-changed";
    public static final String CANCELLED = "session-cancelled";
    public static final String AGENDA_CHANGED = "agenda-changed";

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of the three session events: the session as it now stands. Schema: {@code Session} in
     * {@code asyncapi/asyncapi.yaml}. Categories are roster category names (the voting members when none);
     * delegations are named as on the roster; empty lists mean everyone of the categories.
     */
    public record Session(UUID sessionId, UUID meetingId, long version, SessionKind kind, String name,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, UUID spaceId, List<String> categories,
            List<String> delegations, List<UUID> groupIds, boolean seatPassRequired, int agendaVersion,
            boolean cancelled) {
    }

    /** The data of agenda-changed: the agenda's new version, whole. Schema: {@code AgendaChange}. */
    public record AgendaChange(UUID sessionId, UUID meetingId, long version, int agendaVersion, List<Item> items) {
    }

    public record Item(int position, String title, String presenter) {
    }

    public void scheduled(Session session) {
        outbox.publish(TOPIC, SCHEDULED, session.sessionId().toString(), session);
    }

    public void changed(Session session) {
        outbox.publish(TOPIC, CHANGED, session.sessionId().toString(), session);
    }

    public void cancelled(Session session) {
        outbox.publish(TOPIC, CANCELLED, session.sessionId().toString(), session);
    }

    public void agendaChanged(AgendaChange change) {
        outbox.publish(TOPIC, AGENDA_CHANGED, change.sessionId().toString(), change);
    }
}
