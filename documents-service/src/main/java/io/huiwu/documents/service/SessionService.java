package io.huiwu.documents.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.documents.api.SessionView;
import io.huiwu.documents.event.VenueSessions.VenueSession;
import io.huiwu.documents.persistence.SessionCopies;
import io.huiwu.documents.persistence.SessionCopies.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The meetings' sessions as venue publishes them (venue.session): each kept at its newest version, a cancelled one
 * marked cancelled. Host scripts, minutes and group records belong to these sessions.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    static final Message SESSION = Message.of("Session", "会议场次");

    private final SessionCopies sessions;

    public SessionService(SessionCopies sessions) {
        this.sessions = sessions;
    }

    /** session-scheduled, -changed, -cancelled; an older version than the copy holds changes nothing. */
    @Transactional
    public void keep(VenueSession event, boolean cancelled) {
        boolean kept = sessions.keep(new Session(event.sessionId(), event.meetingId(), event.version(), event.kind(),
                event.name(), event.startsAt(), event.endsAt(), event.place(),
                event.groupIds() == null ? List.of() : event.groupIds(), cancelled || event.cancelled()));
        if (!kept) {
            LOG.debugf("session %s version %d is not newer than the copy: ignored", event.sessionId(),
                    event.version());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(UUID meetingId) {
        return sessions.list(meetingId).stream().map(SessionService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID meetingId, UUID sessionId) {
        return view(require(meetingId, sessionId));
    }

    /** The meeting's sessions as kept, by start, then name. */
    public List<Session> sessions(UUID meetingId) {
        return sessions.list(meetingId);
    }

    /** The session of the meeting, else 404. */
    public Session require(UUID meetingId, UUID sessionId) {
        return sessions.find(meetingId, sessionId).orElseThrow(() -> ProblemException.notFound(SESSION, sessionId));
    }

    static SessionView view(Session s) {
        return new SessionView(s.sessionId(), s.meetingId(), s.version(), s.kind(), s.name(), s.startsAt(),
                s.endsAt(), s.place(), s.groupIds(), s.cancelled());
    }
}
