package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.ArrivalsView;
import io.huiwu.registration.api.SessionHeadcountView;
import io.huiwu.registration.domain.Attendance;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.mapping.CredentialMapping;
import io.huiwu.registration.persistence.MeetingSessionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Attendance (handbook, during the meeting: 到会人数): for a session, 应到 (who takes part), 实到 (admitted at its
 * doors in person), 代签 (signed for by someone else, counted apart), 请假 and 缺席, with names by delegation and
 * whether the quorum is reached; and for the meeting, 报到 across all registration desks, each person once.
 * A delegation's figures count its members; staff and accompanying people only when asked.
 */
@ApplicationScoped
public class AttendanceService {

    /** The people a session expects, with how they were admitted at its doors (if at all). */
    private static final String SESSION_PEOPLE = "select a.id, a.name, a.delegation, a.category,"
            + " s.in_person, s.attendee_id is not null from attendee a"
            + " left join (select attendee_id, bool_or(method <> 'ON_BEHALF') in_person from checkin_scan"
            + " where list_id = ? and result = 'ok' and annulled_at is null and direction = 'ENTRY'"
            + " group by attendee_id) s on s.attendee_id = a.id"
            + " where a.meeting_id = ? and a.status = 'ACTIVE' and a.category = any(?)"
            + " and (cardinality(?::varchar[]) = 0 or a.delegation = any(?))"
            + " and (cardinality(?::uuid[]) = 0 or exists (select 1 from discussion_group_member m"
            + " where m.attendee_id = a.id and m.group_id = any(?)))"
            + " order by a.stroke_key, a.id";
    private static final String LEAVES = "select attendee_id, from_at, to_at, session_ids from absence"
            + " where meeting_id = ? and status = 'REPORTED'";
    private static final String ARRIVALS = "select a.id, a.name, a.delegation, a.category,"
            + " exists (select 1 from checkin_presence p join checkin_list l on l.id = p.list_id"
            + " where p.attendee_id = a.id and l.kind = 'DESK' and l.meeting_id = a.meeting_id)"
            + " from attendee a where a.meeting_id = ? and a.status = 'ACTIVE' order by a.stroke_key, a.id";

    private final AgroalDataSource dataSource;
    private final SessionService sessions;
    private final MeetingService meetings;

    public AttendanceService(AgroalDataSource dataSource, SessionService sessions, MeetingService meetings) {
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.meetings = meetings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionHeadcountView sessionHeadcount(UUID meetingId, UUID sessionId, boolean includeSupport) {
        MeetingSessionEntity session = sessions.require(meetingId, sessionId);
        if (session.cancelled) {
            throw ProblemException.conflict(Message.of("The session {0} was cancelled; it has no headcount",
                    "会次 {0} 已取消，没有到会人数", session.name));
        }
        QuorumRule rule = sessions.rules(meetingId).get(session.kind);
        try (Connection connection = dataSource.getConnection()) {
            Set<UUID> onLeave = onLeave(connection, meetingId, session);
            long[] totals = new long[5];
            Map<String, Tally> byDelegation = new TreeMap<>(NameCollation.byStrokes());
            Tally noDelegation = new Tally(null);
            try (PreparedStatement people = connection.prepareStatement(SESSION_PEOPLE)) {
                Array delegations = connection.createArrayOf("varchar", session.delegations);
                Array groups = connection.createArrayOf("uuid", session.groupIds);
                people.setObject(1, session.listId);
                people.setObject(2, meetingId);
                people.setArray(3, connection.createArrayOf("varchar",
                        CredentialMapping.categories(session.categories).stream().map(Enum::name).toArray()));
                people.setArray(4, delegations);
                people.setArray(5, delegations);
                people.setArray(6, groups);
                people.setArray(7, groups);
                try (ResultSet row = people.executeQuery()) {
                    while (row.next()) {
                        if (!Attendance.countsForDelegation(Category.valueOf(row.getString(4)), includeSupport)) {
                            continue;
                        }
                        UUID id = row.getObject(1, UUID.class);
                        boolean admitted = row.getBoolean(6);
                        boolean inPerson = admitted && row.getBoolean(5);
                        Attendance.Standing standing = Attendance.standing(inPerson, admitted && !inPerson,
                                onLeave.contains(id));
                        totals[0]++;
                        totals[1 + standing.ordinal()]++;
                        String delegation = row.getString(3);
                        Tally tally = delegation == null ? noDelegation
                                : byDelegation.computeIfAbsent(delegation, Tally::new);
                        tally.add(standing, new SessionHeadcountView.Person(id, row.getString(2)));
                    }
                }
            }
            List<SessionHeadcountView.Delegation> delegations = new ArrayList<>();
            byDelegation.values().forEach(t -> delegations.add(t.view()));
            if (noDelegation.expected > 0) {
                delegations.add(noDelegation.view());
            }
            long expected = totals[0];
            long present = totals[1 + Attendance.Standing.PRESENT.ordinal()];
            return new SessionHeadcountView(session.id, session.name, session.kind, session.startsAt, expected,
                    present, totals[1 + Attendance.Standing.SIGNED_ON_BEHALF.ordinal()],
                    totals[1 + Attendance.Standing.ON_LEAVE.ordinal()],
                    totals[1 + Attendance.Standing.ABSENT.ordinal()],
                    new SessionHeadcountView.Quorum(rule, rule.needed(expected), rule.reached(present, expected)),
                    delegations, MeetingService.now());
        } catch (SQLException e) {
            throw new IllegalStateException("could not count session " + sessionId, e);
        }
    }

    /** 报到: who has checked in at any desk of the meeting, each person once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArrivalsView arrivals(UUID meetingId, boolean includeSupport) {
        meetings.require(meetingId);
        long expected = 0;
        long arrived = 0;
        List<ArrivalsView.Person> notArrived = new ArrayList<>();
        Map<String, long[]> byDelegation = new TreeMap<>(NameCollation.byStrokes());
        long[] noDelegation = new long[2];
        Map<Category, long[]> byCategory = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement people = connection.prepareStatement(ARRIVALS)) {
            people.setObject(1, meetingId);
            try (ResultSet row = people.executeQuery()) {
                while (row.next()) {
                    Category category = Category.valueOf(row.getString(4));
                    if (!Attendance.countsForDelegation(category, includeSupport)) {
                        continue;
                    }
                    boolean in = row.getBoolean(5);
                    String delegation = row.getString(3);
                    expected++;
                    long[] group = delegation == null ? noDelegation
                            : byDelegation.computeIfAbsent(delegation, d -> new long[2]);
                    long[] categoryGroup = byCategory.computeIfAbsent(category, c -> new long[2]);
                    group[0]++;
                    categoryGroup[0]++;
                    if (in) {
                        arrived++;
                        group[1]++;
                        categoryGroup[1]++;
                    } else {
                        notArrived.add(new ArrivalsView.Person(row.getObject(1, UUID.class), row.getString(2),
                                delegation, category));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count arrivals of meeting " + meetingId, e);
        }
        List<ArrivalsView.Group> delegations = new ArrayList<>();
        byDelegation.forEach((name, counts) -> delegations.add(new ArrivalsView.Group(name, counts[0], counts[1])));
        if (noDelegation[0] > 0) {
            delegations.add(new ArrivalsView.Group(null, noDelegation[0], noDelegation[1]));
        }
        List<ArrivalsView.Group> categories = new ArrayList<>();
        byCategory.forEach((category, counts) -> categories.add(new ArrivalsView.Group(category.name(), counts[0],
                counts[1])));
        return new ArrivalsView(expected, arrived, expected - arrived, notArrived, delegations, categories,
                MeetingService.now());
    }

    /** The people on leave for the session: a leave that names it or whose period overlaps it. */
    private static Set<UUID> onLeave(Connection connection, UUID meetingId, MeetingSessionEntity session)
            throws SQLException {
        Set<UUID> away = new HashSet<>();
        try (PreparedStatement leaves = connection.prepareStatement(LEAVES)) {
            leaves.setObject(1, meetingId);
            try (ResultSet row = leaves.executeQuery()) {
                while (row.next()) {
                    UUID[] named = (UUID[]) row.getArray(4).getArray();
                    if (Attendance.covers(row.getObject(2, OffsetDateTime.class), row.getObject(3,
                            OffsetDateTime.class), List.of(named), session.id, session.startsAt, session.endsAt)) {
                        away.add(row.getObject(1, UUID.class));
                    }
                }
            }
        }
        return away;
    }

    /** One delegation's figures and names. */
    private static final class Tally {
        private final String delegation;
        private long expected;
        private final Map<Attendance.Standing, List<SessionHeadcountView.Person>> people = new HashMap<>();

        Tally(String delegation) {
            this.delegation = delegation;
            for (Attendance.Standing standing : Attendance.Standing.values()) {
                people.put(standing, new ArrayList<>());
            }
        }

        void add(Attendance.Standing standing, SessionHeadcountView.Person person) {
            expected++;
            people.get(standing).add(person);
        }

        SessionHeadcountView.Delegation view() {
            return new SessionHeadcountView.Delegation(delegation, expected,
                    people.get(Attendance.Standing.PRESENT).size(),
                    people.get(Attendance.Standing.SIGNED_ON_BEHALF).size(),
                    people.get(Attendance.Standing.ON_LEAVE).size(), people.get(Attendance.Standing.ABSENT).size(),
                    people.get(Attendance.Standing.SIGNED_ON_BEHALF), people.get(Attendance.Standing.ON_LEAVE),
                    people.get(Attendance.Standing.ABSENT));
        }
    }
}
