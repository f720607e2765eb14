package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterChange;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.venue.api.SignUpView;
import io.huiwu.venue.domain.SessionKind;
import io.huiwu.venue.event.ActivityEvents;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SignUpEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sign-ups to activities (文化生活报名: a concert, a visit). A person signs up once; while the activity has places
 * they are CONFIRMED, after that they wait in the order they signed up. When a sign-up is withdrawn, or the capacity
 * is raised, the first waiting people are confirmed in the same transaction. Sign-ups to one activity are made one
 * at a time (its session row is locked), so the places are never over-given and the order is strict; each change is
 * published on venue.activity.
 */
@ApplicationScoped
public class SignUpService {

    static final Message SIGN_UP = Message.of("Sign-up", "报名");

    /** A sign-up and whether this request made it (false: the person had already signed up). */
    public record Outcome(SignUpView signUp, boolean created) {
    }

    private final ScheduleRepositories.Sessions sessions;
    private final ScheduleRepositories.SignUps signUps;
    private final RosterReplica roster;
    private final ActivityEvents events;

    public SignUpService(ScheduleRepositories.Sessions sessions, ScheduleRepositories.SignUps signUps,
            RosterReplica roster, ActivityEvents events) {
        this.sessions = sessions;
        this.signUps = signUps;
        this.roster = roster;
        this.events = events;
    }

    /** Signs the attendee up; signing up again changes nothing and answers with the sign-up as it stands. */
    @Transactional
    public Outcome signUp(UUID meetingId, UUID sessionId, UUID attendeeId, String by) {
        SessionEntity session = lockOpen(meetingId, sessionId);
        SignUpEntity existing = find(sessionId, attendeeId);
        if (existing != null) {
            return new Outcome(view(existing, waitingPosition(existing)), false);
        }
        ReplicatedAttendee attendee = roster.find(meetingId, attendeeId).orElseThrow(() ->
                ProblemException.invalidField("attendeeId", Message.of(
                        "{0} is not an active attendee of this meeting", "{0} 不是本次会议的在册人员", attendeeId)));
        SignUpEntity signUp = new SignUpEntity();
        signUp.id = UUID.randomUUID();
        signUp.meetingId = meetingId;
        signUp.sessionId = sessionId;
        signUp.attendeeId = attendee.id();
        signUp.name = attendee.name();
        signUp.ordinal = nextOrdinal(sessionId);
        signUp.signedUpAt = now();
        signUp.signedUpBy = by;
        if (session.capacity == null || count(sessionId, SignUpEntity.CONFIRMED) < session.capacity) {
            signUp.status = SignUpEntity.CONFIRMED;
            signUp.confirmedAt = signUp.signedUpAt;
        } else {
            signUp.status = SignUpEntity.WAITING;
        }
        signUps.persist(signUp);
        signUps.flush();
        events.signedUp(session, signUp);
        return new Outcome(view(signUp, waitingPosition(signUp)), true);
    }

    /** Withdraws the sign-up; a place it frees goes to the first waiting person, in the same transaction. */
    @Transactional
    public void withdraw(UUID meetingId, UUID sessionId, UUID attendeeId) {
        SessionEntity session = lockOpen(meetingId, sessionId);
        SignUpEntity signUp = find(sessionId, attendeeId);
        if (signUp == null) {
            throw ProblemException.notFound(SIGN_UP, attendeeId);
        }
        signUps.delete(signUp);
        signUps.flush();
        events.withdrawn(session, signUp);
        promote(session);
    }

    /**
     * Someone withdrawn from the roster leaves the activities they signed up to, in the transaction that takes the
     * withdrawal into the roster copy: each sign-up is withdrawn and its place goes to the first person waiting, as
     * when the sign-up is withdrawn by hand. The activities are locked in the order of their ids, as two withdrawals
     * at once would lock them. A cancelled activity keeps its sign-ups as they stood.
     */
    void onRosterChange(@Observes RosterChange change) {
        if (!change.withdrawn()) {
            return;
        }
        List<SignUpEntity> theirs = signUps.list("meetingId = ?1 and attendeeId = ?2", Sort.by("sessionId"),
                change.meetingId(), change.attendeeId());
        for (SignUpEntity signUp : theirs) {
            SessionEntity session = sessions.find("id", signUp.sessionId).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResult();
            if (session == null || session.cancelled) {
                continue;
            }
            signUps.delete(signUp);
            signUps.flush();
            events.withdrawn(session, signUp);
            promote(session);
        }
    }

    /**
     * Confirms waiting people, first come first, while the activity has free places: after a withdrawal, or when
     * its capacity was raised. The caller holds the session's row locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(SessionEntity session) {
        List<SignUpEntity> waiting = signUps.list("sessionId = ?1 and status = ?2", Sort.by("ordinal"), session.id,
                SignUpEntity.WAITING);
        if (waiting.isEmpty()) {
            return;
        }
        long free = session.capacity == null ? waiting.size()
                : session.capacity - count(session.id, SignUpEntity.CONFIRMED);
        OffsetDateTime now = now();
        for (int i = 0; i < free && i < waiting.size(); i++) {
            SignUpEntity promoted = waiting.get(i);
            promoted.status = SignUpEntity.CONFIRMED;
            promoted.confirmedAt = now;
            signUps.flush();
            events.signedUp(session, promoted);
        }
    }

    /** How many people have signed up to the session (for a change of its kind, which they would lose). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAll(UUID sessionId) {
        return signUps.count("sessionId", sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SignUpView get(UUID meetingId, UUID sessionId, UUID attendeeId) {
        require(meetingId, sessionId);
        SignUpEntity signUp = find(sessionId, attendeeId);
        if (signUp == null) {
            throw ProblemException.notFound(SIGN_UP, attendeeId);
        }
        return view(signUp, waitingPosition(signUp));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SignUpView.Roll list(UUID meetingId, UUID sessionId) {
        SessionEntity session = require(meetingId, sessionId);
        List<SignUpView> confirmed = new ArrayList<>();
        List<SignUpView> waiting = new ArrayList<>();
        for (SignUpEntity s : signUps.list("sessionId", Sort.by("ordinal"), sessionId)) {
            if (SignUpEntity.CONFIRMED.equals(s.status)) {
                confirmed.add(view(s, null));
            } else {
                waiting.add(view(s, waiting.size() + 1));
            }
        }
        Integer free = session.capacity == null ? null : Math.max(0, session.capacity - confirmed.size());
        return new SignUpView.Roll(sessionId, session.capacity, confirmed.size(), waiting.size(), free, confirmed,
                waiting);
    }

    private SessionEntity require(UUID meetingId, UUID sessionId) {
        return sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
    }

    /** The activity's row locked; 409 naming sessionId for a session that takes no sign-ups or is cancelled. */
    private SessionEntity lockOpen(UUID meetingId, UUID sessionId) {
        SessionEntity session = sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(ScheduleService.SESSION, sessionId));
        if (session.kind != SessionKind.ACTIVITY) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Session {0} is a {1}, not an activity; it takes no sign-ups", "会议日程 {0} 不是活动（{1}），不接受报名",
                    session.name, session.kind), List.of(new ProblemException.FieldIssue("sessionId", Message.of(
                    "is not an ACTIVITY", "不是活动（ACTIVITY）"))));
        }
        if (session.cancelled) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of(
                    "Activity {0} is cancelled; its sign-ups do not change", "活动 {0} 已取消，报名不再变动",
                    session.name), List.of(new ProblemException.FieldIssue("sessionId", Message.of(
                    "is cancelled", "已取消"))));
        }
        return session;
    }

    private SignUpEntity find(UUID sessionId, UUID attendeeId) {
        return signUps.find("sessionId = ?1 and attendeeId = ?2", sessionId, attendeeId).firstResult();
    }

    private long count(UUID sessionId, String status) {
        return signUps.count("sessionId = ?1 and status = ?2", sessionId, status);
    }

    private long nextOrdinal(UUID sessionId) {
        Long last = signUps.getEntityManager().createQuery(
                "select max(s.ordinal) from SignUpEntity s where s.sessionId = ?1", Long.class)
                .setParameter(1, sessionId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private Integer waitingPosition(SignUpEntity signUp) {
        if (!SignUpEntity.WAITING.equals(signUp.status)) {
            return null;
        }
        return (int) signUps.count("sessionId = ?1 and status = ?2 and ordinal <= ?3", signUp.sessionId,
                SignUpEntity.WAITING, signUp.ordinal);
    }

    private static SignUpView view(SignUpEntity s, Integer waitingPosition) {
        return new SignUpView(s.id, s.sessionId, s.attendeeId, s.name, s.status, waitingPosition, s.signedUpAt,
                s.signedUpBy, s.confirmedAt);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
