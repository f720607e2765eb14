package io.huiwu.registration.service;

import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.QuorumRulesRequest;
import io.huiwu.registration.api.QuorumRulesView;
import io.huiwu.registration.api.SessionView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.domain.SessionKind;
import io.huiwu.registration.event.VenueSessions;
import io.huiwu.registration.mapping.CredentialMapping;
import io.huiwu.registration.persistence.AttendanceRepositories;
import io.huiwu.registration.persistence.CheckInListEntity;
import io.huiwu.registration.persistence.CheckInRepositories;
import io.huiwu.registration.persistence.MeetingSessionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sessions of a meeting as venue-service schedules them, each with a door list (a check-in list of kind DOOR)
 * that follows the session: its name and time, and the categories that take part. Also the quorum rule per kind of
 * session.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    /** Doors open this long before a session starts. */
    static final Duration DOORS_OPEN_BEFORE = Duration.ofHours(2);
    private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final AttendanceRepositories.Sessions sessions;
    private final CheckInRepositories.Lists lists;
    private final MeetingService meetings;
    private final EntityManager entityManager;

    public SessionService(AttendanceRepositories.Sessions sessions, CheckInRepositories.Lists lists,
            MeetingService meetings, EntityManager entityManager) {
        this.sessions = sessions;
        this.lists = lists;
        this.meetings = meetings;
        this.entityManager = entityManager;
    }

    /** session-scheduled or session-changed: the session and its door list as venue now has them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduled(VenueSessions.VenueSession event) {
        SessionKind kind = readable(event);
        MeetingSessionEntity session = sessions.findById(event.sessionId());
        if (session != null && session.sourceVersion >= event.version()) {
            return;
        }
        boolean created = session == null;
        if (created) {
            session = new MeetingSessionEntity();
            session.id = event.sessionId();
            session.meetingId = event.meetingId();
        } else if (!session.meetingId.equals(event.meetingId())) {
            throw new EventCodec.MalformedEventException("session " + event.sessionId() + " belongs to meeting "
                    + session.meetingId + ", not " + event.meetingId());
        }
        session.sourceVersion = event.version();
        session.kind = kind;
        session.name = event.name().strip();
        session.startsAt = event.startsAt();
        session.endsAt = event.endsAt();
        session.place = event.place();
        session.categories = CredentialMapping.categoryText(categories(event.categories()));
        session.delegations = event.delegations() == null ? new String[0]
                : event.delegations().stream().filter(d -> d != null && !d.isBlank()).map(String::strip)
                        .toArray(String[]::new);
        session.groupIds = event.groupIds() == null ? new UUID[0] : event.groupIds().toArray(UUID[]::new);
        session.cancelled = false;
        session.updatedAt = MeetingService.now();

        CheckInListEntity list = created ? new CheckInListEntity() : lists.findById(session.listId);
        if (created) {
            list.id = UUID.randomUUID();
            list.meetingId = session.meetingId;
            list.kind = CheckInListKind.DOOR;
            list.allowReentry = true;
            list.sessionId = session.id;
            session.listId = list.id;
        }
        list.name = listName(session);
        list.categories = session.categories;
        list.opensAt = session.startsAt.minus(DOORS_OPEN_BEFORE);
        list.closesAt = session.endsAt;
        if (created) {
            lists.persist(list);
            lists.flush();
            sessions.persist(session);
        }
        LOG.debugf("session %s %s, version %d", session.id, created ? "scheduled" : "changed", event.version());
    }

    /** session-cancelled: kept, marked cancelled; its doors admit nobody more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(VenueSessions.VenueSession event) {
        if (event.sessionId() == null) {
            throw new EventCodec.MalformedEventException("a cancelled session needs sessionId");
        }
        MeetingSessionEntity session = sessions.findById(event.sessionId());
        if (session == null || session.sourceVersion >= event.version()) {
            return;
        }
        session.sourceVersion = event.version();
        session.cancelled = true;
        session.updatedAt = MeetingService.now();
        CheckInListEntity list = lists.findById(session.listId);
        list.closesAt = list.opensAt != null && list.opensAt.isAfter(session.updatedAt) ? list.opensAt
                : session.updatedAt;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(UUID meetingId) {
        meetings.require(meetingId);
        Map<SessionKind, QuorumRule> rules = rules(meetingId);
        return sessions.find("meetingId = ?1 order by startsAt, name", meetingId).list().stream()
                .map(s -> view(s, rules.get(s.kind))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID meetingId, UUID sessionId) {
        MeetingSessionEntity session = require(meetingId, sessionId);
        return view(session, rules(meetingId).get(session.kind));
    }

    MeetingSessionEntity require(UUID meetingId, UUID sessionId) {
        meetings.require(meetingId);
        return sessions.find("id = ?1 and meetingId = ?2", sessionId, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.SESSION, sessionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuorumRulesView quorumRules(UUID meetingId) {
        meetings.require(meetingId);
        Map<SessionKind, QuorumRule> set = setRules(meetingId);
        List<QuorumRulesView.Entry> entries = new ArrayList<>();
        for (SessionKind kind : SessionKind.values()) {
            QuorumRule rule = set.get(kind);
            entries.add(new QuorumRulesView.Entry(kind, rule == null ? QuorumRule.byDefault(kind) : rule,
                    rule == null));
        }
        return new QuorumRulesView(entries);
    }

    /** Sets the rules listed; kinds not listed go back to their default. */
    @Transactional
    public QuorumRulesView setQuorumRules(UUID meetingId, QuorumRulesRequest request) {
        meetings.require(meetingId);
        Set<SessionKind> seen = EnumSet.noneOf(SessionKind.class);
        for (QuorumRulesRequest.Entry entry : request.rules()) {
            if (!seen.add(entry.kind())) {
                throw ProblemException.invalidField("rules", Message.of(
                        "names {0} twice", "重复给出了 {0}", entry.kind()));
            }
        }
        entityManager.createNativeQuery("delete from quorum_rule where meeting_id = ?1")
                .setParameter(1, meetingId).executeUpdate();
        for (QuorumRulesRequest.Entry entry : request.rules()) {
            entityManager.createNativeQuery("insert into quorum_rule (meeting_id, session_kind, rule)"
                            + " values (?1, ?2, ?3)")
                    .setParameter(1, meetingId).setParameter(2, entry.kind().name())
                    .setParameter(3, entry.rule().name()).executeUpdate();
        }
        return quorumRules(meetingId);
    }

    /** The rule in force for every kind. */
    Map<SessionKind, QuorumRule> rules(UUID meetingId) {
        Map<SessionKind, QuorumRule> rules = new EnumMap<>(SessionKind.class);
        for (SessionKind kind : SessionKind.values()) {
            rules.put(kind, QuorumRule.byDefault(kind));
        }
        rules.putAll(setRules(meetingId));
        return rules;
    }

    private Map<SessionKind, QuorumRule> setRules(UUID meetingId) {
        Map<SessionKind, QuorumRule> rules = new EnumMap<>(SessionKind.class);
        for (Object row : entityManager.createNativeQuery("select session_kind, rule from quorum_rule"
                + " where meeting_id = ?1").setParameter(1, meetingId).getResultList()) {
            Object[] columns = (Object[]) row;
            rules.put(SessionKind.valueOf((String) columns[0]), QuorumRule.valueOf((String) columns[1]));
        }
        return rules;
    }

    static SessionView view(MeetingSessionEntity s, QuorumRule rule) {
        return new SessionView(s.id, s.meetingId, s.kind, s.name, s.startsAt, s.endsAt, s.place,
                CredentialMapping.categories(s.categories), List.of(s.delegations), List.of(s.groupIds),
                s.cancelled, s.listId, rule, s.sourceVersion);
    }

    private static SessionKind readable(VenueSessions.VenueSession event) {
        if (event.sessionId() == null || event.meetingId() == null || event.kind() == null || event.name() == null
                || event.name().isBlank() || event.startsAt() == null || event.endsAt() == null) {
            throw new EventCodec.MalformedEventException("a session needs sessionId, meetingId, kind, name,"
                    + " startsAt and endsAt");
        }
        if (!event.endsAt().isAfter(event.startsAt())) {
            throw new EventCodec.MalformedEventException("session " + event.sessionId() + " ends before it starts");
        }
        try {
            return SessionKind.valueOf(event.kind());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.MalformedEventException("session kind " + event.kind() + " is not known");
        }
    }

    /** The categories that take part; voting members (出席) when venue names none this service knows. */
    private static Set<Category> categories(List<String> names) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        if (names != null) {
            for (String name : names) {
                try {
                    categories.add(Category.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException e) {
                    LOG.debugf("session category %s is not a roster category; left out", name);
                }
            }
        }
        return categories.isEmpty() ? EnumSet.of(Category.ATTENDEE) : categories;
    }

    /** The door list's name: the session's name and local start time, unique in the meeting. */
    private String listName(MeetingSessionEntity session) {
        String time = " " + session.startsAt.atZoneSameInstant(MeetingTime.ZONE).format(LIST_TIME);
        String name = session.name.length() + time.length() > 100
                ? session.name.substring(0, 100 - time.length()) + time : session.name + time;
        if (lists.count("meetingId = ?1 and name = ?2 and (sessionId is null or sessionId <> ?3)",
                session.meetingId, name, session.id) > 0) {
            String suffix = " #" + session.id.toString().substring(0, 8);
            name = name.substring(0, Math.min(name.length(), 100 - suffix.length())) + suffix;
        }
        return name;
    }
}
