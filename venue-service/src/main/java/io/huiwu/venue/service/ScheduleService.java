package io.huiwu.venue.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.AgendaItemRequest;
import io.huiwu.venue.api.SessionRequest;
import io.huiwu.venue.api.SessionView;
import io.huiwu.venue.domain.MeetingDays;
import io.huiwu.venue.domain.SessionKind;
import io.huiwu.venue.event.SessionEvents;
import io.huiwu.venue.mapping.SessionMapping;
import io.huiwu.venue.persistence.AgendaItemEntity;
import io.huiwu.venue.persistence.ScheduleRepositories;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SpaceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The schedule (日程): sessions with their kind, times, place, who takes part and their agenda. A place is held by
 * one session at a time, and every session lies within the meeting's days; both are checked with the meeting's
 * copy locked, so two requests cannot book one room at once. Each change publishes its event on venue.session.
 */
@ApplicationScoped
public class ScheduleService {

    static final Message SESSION = Message.of("Session", "会议日程");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ScheduleRepositories.Sessions sessions;
    private final ScheduleRepositories.AgendaItems agendaItems;
    private final MeetingCopyService meetings;
    private final SessionEvents events;
    private final VenueService venues;
    private final SignUpService signUps;

    public ScheduleService(ScheduleRepositories.Sessions sessions, ScheduleRepositories.AgendaItems agendaItems,
            MeetingCopyService meetings, SessionEvents events, VenueService venues, SignUpService signUps) {
        this.sessions = sessions;
        this.agendaItems = agendaItems;
        this.meetings = meetings;
        this.events = events;
        this.venues = venues;
        this.signUps = signUps;
    }

    @Transactional
    public SessionView schedule(UUID meetingId, SessionRequest request) {
        requireEndAfterStart(request);
        requireCapacityOfActivity(request);
        MeetingDays days = meetings.lockForScheduling(meetingId);
        SpaceEntity space = space(meetingId, request);
        SessionEntity session = new SessionEntity();
        session.id = UUID.randomUUID();
        session.meetingId = meetingId;
        apply(request, session);
        placeIn(space, session);
        requireFits(days, session, null);
        session.agendaVersion = 1;
        sessions.persist(session);
        sessions.flush();
        List<AgendaItemEntity> agenda = writeAgenda(session, request.agenda());
        agendaItems.flush();
        events.scheduled(SessionMapping.event(session));
        return SessionMapping.view(session, agenda);
    }

    /** Replaces the session; an agenda unlike the one in force becomes its next version (agenda-changed). */
    @Transactional
    public SessionView change(UUID meetingId, UUID id, long expectedVersion, SessionRequest request) {
        requireEndAfterStart(request);
        requireCapacityOfActivity(request);
        MeetingDays days = meetings.lockForScheduling(meetingId);
        SessionEntity session = require(meetingId, id);
        Versions.check(expectedVersion, session.version, named(id));
        if (session.kind == SessionKind.ACTIVITY) {
            // sign-ups lock the session's row: a change of capacity waits for them, and they for it
            sessions.getEntityManager().lock(session, LockModeType.PESSIMISTIC_WRITE);
            if (request.kind() != SessionKind.ACTIVITY && signUps.countAll(id) > 0) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of(
                        "Activity {0} has sign-ups; it stays an ACTIVITY until they are withdrawn",
                        "活动 {0} 已有报名，撤销报名前不能改为其他类型", session.name),
                        List.of(new ProblemException.FieldIssue("kind", Message.of("has sign-ups", "已有报名"))));
            }
        }
        if (session.cancelled) {
            throw ProblemException.conflict(Message.of("Session {0} ({1}) is cancelled and can no longer change",
                    "会议日程 {0}（{1}）已取消，不能再修改", session.name, id));
        }
        SpaceEntity space = space(meetingId, request);
        List<AgendaItemEntity> agenda = agenda(session);
        boolean agendaChanged = !sameAgenda(agenda, request.agenda());
        apply(request, session);
        placeIn(space, session);
        if (agendaChanged) {
            session.agendaVersion++;
        }
        // the check queries, which flushes the change: it is made whole before, so the version moves once
        requireFits(days, session, id);
        if (agendaChanged) {
            agenda = writeAgenda(session, request.agenda());
        }
        sessions.flush();
        if (agendaChanged) {
            events.agendaChanged(SessionMapping.agendaChange(session, agenda));
        }
        events.changed(SessionMapping.event(session));
        if (session.kind == SessionKind.ACTIVITY) {
            signUps.promote(session);
        }
        return SessionMapping.view(session, agenda);
    }

    /** Cancels the session, which stays in the schedule marked; cancelling it again changes nothing. */
    @Transactional
    public void cancel(UUID meetingId, UUID id, long expectedVersion) {
        SessionEntity session = require(meetingId, id);
        if (session.cancelled) {
            return;
        }
        Versions.check(expectedVersion, session.version, named(id));
        session.cancelled = true;
        session.updatedAt = now();
        sessions.flush();
        events.cancelled(SessionMapping.event(session));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID meetingId, UUID id) {
        SessionEntity session = require(meetingId, id);
        return SessionMapping.view(session, agenda(session));
    }

    /** The meeting's sessions in time order, of one kind if asked; cancelled ones only if asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(UUID meetingId, SessionKind kind, boolean withCancelled) {
        List<SessionEntity> found = sessions.find("meetingId = ?1 order by startsAt, name, id", meetingId).list();
        Map<UUID, List<AgendaItemEntity>> agendas = agendaItems.find("select a from AgendaItemEntity a,"
                        + " SessionEntity s where s.meetingId = ?1 and a.sessionId = s.id"
                        + " and a.agendaVersion = s.agendaVersion order by a.position", meetingId).list()
                .stream().collect(Collectors.groupingBy(a -> a.sessionId));
        return found.stream()
                .filter(s -> kind == null || s.kind == kind)
                .filter(s -> withCancelled || !s.cancelled)
                .map(s -> SessionMapping.view(s, agendas.getOrDefault(s.id, List.of())))
                .toList();
    }

    private SessionEntity require(UUID meetingId, UUID id) {
        return sessions.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(SESSION, id));
    }

    private static Message named(UUID id) {
        return Message.of("{0} {1}", "{0} {1}", SESSION, id);
    }

    private static void requireCapacityOfActivity(SessionRequest request) {
        if (request.capacity() != null && request.kind() != SessionKind.ACTIVITY) {
            throw ProblemException.invalidField("capacity", Message.of(
                    "is for an ACTIVITY that takes sign-ups, not a {0}", "仅适用于接受报名的活动（ACTIVITY），不适用于 {0}",
                    request.kind()));
        }
    }

    private static void requireEndAfterStart(SessionRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", Message.of("must be after startsAt ({0})",
                    "须晚于开始时间 startsAt（{0}）", request.startsAt()));
        }
    }

    /** Within the meeting's days, and its place free at its time (the conflicting session named when not). */
    private void requireFits(MeetingDays days, SessionEntity session, UUID except) {
        if (!days.contain(session.startsAt, session.endsAt)) {
            String field = session.startsAt.isBefore(days.opens()) ? "startsAt" : "endsAt";
            Message detail = Message.of("The session from {0} to {1} lies outside the meeting's days, {2} to {3}"
                    + " (Beijing time)", "会议日程 {0} 至 {1} 超出会期（{2} 至 {3}，北京时间）",
                    shown(session.startsAt), shown(session.endsAt), days.firstDay(), days.lastDay());
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(new ProblemException.FieldIssue(field,
                    Message.of("is outside the meeting's days, {0} to {1}", "超出会期 {0} 至 {1}", days.firstDay(),
                            days.lastDay()))));
        }
        if (session.place == null && session.spaceId == null) {
            return;
        }
        // the same hall or room, named by id or by its name
        sessions.find("meetingId = ?1 and (place = ?2 or spaceId = ?6) and cancelled = false and id <> ?3"
                        + " and startsAt < ?4 and endsAt > ?5 order by startsAt", session.meetingId,
                        session.place == null ? "" : session.place, except == null ? new UUID(0, 0) : except,
                        session.endsAt, session.startsAt, session.spaceId == null ? new UUID(0, 0) : session.spaceId)
                .firstResultOptional().ifPresent(other -> {
                    throw new ProblemException(ProblemType.CONFLICT, Message.of(
                            "{0} is already booked from {1} to {2} for session {3} ({4})",
                            "{0} 在 {1} 至 {2} 已安排会议日程 {3}（{4}）", other.place, shown(other.startsAt),
                            shown(other.endsAt), other.name, other.id),
                            List.of(new ProblemException.FieldIssue("place", Message.of(
                                    "is booked at that time for session {0} ({1})", "该时段已安排会议日程 {0}（{1}）",
                                    other.name, other.id))));
                });
    }

    /** The hall or room the request names, which must be one of the meeting's venues; null when none. */
    private SpaceEntity space(UUID meetingId, SessionRequest request) {
        if (request.spaceId() == null) {
            return null;
        }
        return venues.findSpace(meetingId, request.spaceId()).orElseThrow(() -> ProblemException.invalidField(
                "spaceId", Message.of("{0} is not a hall or room of this meeting's venues",
                        "{0} 不是本次会议场馆中的会场或会议室", request.spaceId())));
    }

    /** The session is held in the space; the place is the space's name unless the request gives one. */
    private static void placeIn(SpaceEntity space, SessionEntity session) {
        session.spaceId = space == null ? null : space.id;
        if (space != null && session.place == null) {
            session.place = space.name;
        }
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(MeetingDays.ZONE).format(SHOWN);
    }

    private static void apply(SessionRequest request, SessionEntity session) {
        session.kind = request.kind();
        session.name = request.name().strip();
        session.startsAt = instant(request.startsAt());
        session.endsAt = instant(request.endsAt());
        session.place = request.place() == null || request.place().isBlank() ? null : request.place().strip();
        session.categories = distinct(request.categories()).toArray(String[]::new);
        session.delegations = distinct(request.delegations() == null ? null
                : request.delegations().stream().map(String::strip).toList()).toArray(String[]::new);
        session.groupIds = distinct(request.groupIds()).toArray(UUID[]::new);
        session.seatPassRequired = Boolean.TRUE.equals(request.seatPassRequired());
        session.capacity = request.capacity();
        session.updatedAt = now();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    /** Times are kept to the microsecond, as the database keeps them, and given in UTC. */
    private static OffsetDateTime instant(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime now() {
        return instant(OffsetDateTime.now(ZoneOffset.UTC));
    }

    private List<AgendaItemEntity> agenda(SessionEntity session) {
        return agendaItems.find("sessionId = ?1 and agendaVersion = ?2 order by position", session.id,
                session.agendaVersion).list();
    }

    private static boolean sameAgenda(List<AgendaItemEntity> current, List<AgendaItemRequest> requested) {
        List<AgendaItemRequest> wanted = requested == null ? List.of() : requested;
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!current.get(i).title.equals(wanted.get(i).title().strip())
                    || !Objects.equals(current.get(i).presenter, presenter(wanted.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private List<AgendaItemEntity> writeAgenda(SessionEntity session, List<AgendaItemRequest> requested) {
        List<AgendaItemEntity> written = new ArrayList<>();
        List<AgendaItemRequest> items = requested == null ? List.of() : requested;
        for (int i = 0; i < items.size(); i++) {
            AgendaItemEntity item = new AgendaItemEntity();
            item.sessionId = session.id;
            item.agendaVersion = session.agendaVersion;
            item.position = i + 1;
            item.title = items.get(i).title().strip();
            item.presenter = presenter(items.get(i));
            agendaItems.persist(item);
            written.add(item);
        }
        return written;
    }

    private static String presenter(AgendaItemRequest item) {
        return item.presenter() == null || item.presenter().isBlank() ? null : item.presenter().strip();
    }
}
