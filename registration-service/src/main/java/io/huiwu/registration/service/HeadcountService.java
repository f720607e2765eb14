package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.HeadcountView;
import io.huiwu.registration.domain.Attendance;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.mapping.CredentialMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * 到会人数 at a check-in point (handbook, during the meeting, items 1 and 3): how many are expected (active
 * attendees of the categories that may pass), how many have checked in, how many are inside now, and who is
 * absent, in total, per delegation and per category. Computed from the presence table in one query. The totals and
 * the figures per category count everyone the list admits; a delegation's figures count its members, and its staff
 * and accompanying people only when asked ({@link Attendance#countsForDelegation}).
 */
@ApplicationScoped
public class HeadcountService {

    private final AgroalDataSource dataSource;
    private final MeetingService meetings;

    public HeadcountService(AgroalDataSource dataSource, MeetingService meetings) {
        this.dataSource = dataSource;
        this.meetings = meetings;
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public HeadcountView headcount(UUID meetingId, UUID listId, boolean includeSupport) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            String listName;
            String categories;
            try (PreparedStatement list = connection.prepareStatement(
                    "select name, categories from checkin_list where id = ? and meeting_id = ?")) {
                list.setObject(1, listId);
                list.setObject(2, meetingId);
                try (ResultSet row = list.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.notFound(RecordNames.CHECK_IN_LIST, listId);
                    }
                    listName = row.getString(1);
                    categories = row.getString(2);
                }
            }
            long expected = 0;
            long checkedIn = 0;
            long inside = 0;
            List<HeadcountView.Person> absentees = new ArrayList<>();
            Map<String, long[]> byDelegation = new TreeMap<>(NameCollation.byStrokes());
            Map<String, long[]> byCategory = new TreeMap<>();
            try (PreparedStatement people = connection.prepareStatement("select a.id, a.name, a.delegation,"
                    + " a.category, p.inside from attendee a left join checkin_presence p on p.attendee_id = a.id"
                    + " and p.list_id = ? where a.meeting_id = ? and a.status = 'ACTIVE' and a.category = any(?)"
                    + " order by a.stroke_key, a.id")) {
                people.setObject(1, listId);
                people.setObject(2, meetingId);
                people.setArray(3, connection.createArrayOf("varchar",
                        CredentialMapping.categories(categories).stream().map(Enum::name).toArray()));
                try (ResultSet row = people.executeQuery()) {
                    while (row.next()) {
                        boolean in = row.getObject(5) != null;
                        boolean nowInside = in && row.getBoolean(5);
                        String delegation = row.getString(3);
                        Category category = Category.valueOf(row.getString(4));
                        expected++;
                        checkedIn += in ? 1 : 0;
                        inside += nowInside ? 1 : 0;
                        if (Attendance.countsForDelegation(category, includeSupport)) {
                            add(byDelegation, delegation == null ? "" : delegation, in, nowInside);
                        }
                        add(byCategory, category.name(), in, nowInside);
                        if (!in) {
                            absentees.add(new HeadcountView.Person(row.getObject(1, UUID.class), row.getString(2),
                                    delegation, category));
                        }
                    }
                }
            }
            return new HeadcountView(listId, listName, expected, checkedIn, inside, expected - checkedIn, absentees,
                    groups(byDelegation), groups(byCategory), OffsetDateTime.now(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("could not count", e);
        }
    }

    private static void add(Map<String, long[]> groups, String key, boolean in, boolean inside) {
        long[] counts = groups.computeIfAbsent(key, k -> new long[3]);
        counts[0]++;
        counts[1] += in ? 1 : 0;
        counts[2] += inside ? 1 : 0;
    }

    private static List<HeadcountView.Group> groups(Map<String, long[]> groups) {
        List<HeadcountView.Group> list = new ArrayList<>();
        groups.forEach((key, counts) -> list.add(new HeadcountView.Group(key, counts[0], counts[1], counts[2])));
        return list;
    }
}
