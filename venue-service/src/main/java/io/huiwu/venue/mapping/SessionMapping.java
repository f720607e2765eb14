package io.huiwu.venue.mapping;

import io.huiwu.venue.api.SessionView;
import io.huiwu.venue.event.SessionEvents;
import io.huiwu.venue.persistence.AgendaItemEntity;
import io.huiwu.venue.persistence.SessionEntity;

import java.util.List;

/** Sessions as the API shows them and as their events carry them. */
public final class SessionMapping {

    private SessionMapping() {
    }

    public static SessionView view(SessionEntity session, List<AgendaItemEntity> agenda) {
        return new SessionView(session.id, session.meetingId, session.kind, session.name, session.startsAt,
                session.endsAt, session.place, session.spaceId, List.of(session.categories),
                List.of(session.delegations), List.of(session.groupIds), session.seatPassRequired,
                session.capacity, session.agendaVersion, agenda.stream().map(item -> new SessionView.AgendaItemView(
                        item.position, item.title, item.presenter)).toList(), session.cancelled, session.version);
    }

    public static SessionEvents.Session event(SessionEntity session) {
        return new SessionEvents.Session(session.id, session.meetingId, session.version, session.kind, session.name,
                session.startsAt, session.endsAt, session.place, session.spaceId, List.of(session.categories),
                List.of(session.delegations), List.of(session.groupIds), session.seatPassRequired,
                session.agendaVersion, session.cancelled);
    }

    public static SessionEvents.AgendaChange agendaChange(SessionEntity session, List<AgendaItemEntity> agenda) {
        return new SessionEvents.AgendaChange(session.id, session.meetingId, session.version, session.agendaVersion,
                agenda.stream().map(item -> new SessionEvents.Item(item.position, item.title, item.presenter))
                        .toList());
    }
}
