package io.huiwu.logistics.persistence;

import io.agroal.api.AgroalDataSource;
import io.huiwu.logistics.domain.sitevisit.BusPlanning;
import io.huiwu.logistics.event.DiscussionGroupSnapshot;
import io.huiwu.logistics.event.VenueSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The site visits, their buses and riders, and the discussion groups they are planned by, in hand-written SQL (the
 * arrays of a visit's participants read and written as they are). Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class SiteVisitStore {

    private static final String VISIT_COLUMNS = "session_id, meeting_id, name, starts_at, ends_at, place, categories,"
            + " delegations, group_ids, version, cancelled, planned_at, planned_by";

    private final AgroalDataSource dataSource;

    public SiteVisitStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A site visit as last published by venue. */
    public record Visit(UUID sessionId, UUID meetingId, String name, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String place, List<String> categories, List<String> delegations, List<UUID> groupIds, long version,
            boolean cancelled, OffsetDateTime plannedAt, String plannedBy) {
    }

    /** A bus of a visit's plan in force. */
    public record BusRow(UUID id, int number, UUID vehicleId, UUID marshalId, String marshal, String marshalRule,
            String marshalExplanation, String marshalExplanationZh) {
    }

    /** A rider of a visit's plan in force. */
    public record RiderRow(UUID attendeeId, UUID busId, int seat, UUID groupId, String group, boolean convener,
            String rule, String key, String explanation, String explanationZh) {
    }

    public Optional<Long> visitVersion(UUID sessionId) {
        return version("select version from site_visit where session_id = ?", sessionId);
    }

    public void saveVisit(VenueSession session, boolean cancelled, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(
                "insert into site_visit (session_id, meeting_id, name, starts_at, ends_at, place, categories,"
                        + " delegations, group_ids, version, cancelled, received_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do update set"
                        + " name = excluded.name, starts_at = excluded.starts_at, ends_at = excluded.ends_at,"
                        + " place = excluded.place, categories = excluded.categories,"
                        + " delegations = excluded.delegations, group_ids = excluded.group_ids,"
                        + " version = excluded.version, cancelled = excluded.cancelled,"
                        + " received_at = excluded.received_at")) {
            upsert.setObject(1, session.sessionId());
            upsert.setObject(2, session.meetingId());
            upsert.setString(3, session.name() == null ? "" : session.name());
            upsert.setObject(4, session.startsAt());
            upsert.setObject(5, session.endsAt());
            upsert.setString(6, session.place());
            upsert.setArray(7, c.createArrayOf("varchar", list(session.categories()).toArray()));
            upsert.setArray(8, c.createArrayOf("varchar", list(session.delegations()).toArray()));
            upsert.setArray(9, c.createArrayOf("uuid", list(session.groupIds()).toArray()));
            upsert.setLong(10, session.version());
            upsert.setBoolean(11, cancelled);
            upsert.setObject(12, at);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep site visit " + session.sessionId(), e);
        }
    }

    /** Marks a visit cancelled (or no longer a site visit) at the version given. */
    public void cancelVisit(UUID sessionId, long version, OffsetDateTime at) {
        update("update site_visit set cancelled = true, version = ?, received_at = ? where session_id = ?",
                version, at, sessionId);
    }

    public Optional<Visit> visit(UUID meetingId, UUID sessionId, boolean lock) {
        List<Visit> found = visits("select " + VISIT_COLUMNS + " from site_visit where meeting_id = ?"
                + " and session_id = ?" + (lock ? " for update" : ""), meetingId, sessionId);
        return found.stream().findFirst();
    }

    public List<Visit> visits(UUID meetingId) {
        return visits("select " + VISIT_COLUMNS + " from site_visit where meeting_id = ?"
                + " order by starts_at, name, session_id", meetingId);
    }

    public void planned(UUID sessionId, String by, OffsetDateTime at) {
        update("update site_visit set planned_by = ?, planned_at = ? where session_id = ?", by, at, sessionId);
    }

    /** Drops a visit's plan in force: its buses and, with them, its riders. */
    public int dropPlan(UUID sessionId) {
        return update("delete from site_visit_bus where session_id = ?", sessionId);
    }

    public void saveBus(UUID sessionId, UUID meetingId, BusRow bus) {
        update("insert into site_visit_bus (id, session_id, meeting_id, number, vehicle_id, marshal_id, marshal,"
                + " marshal_rule, marshal_explanation, marshal_explanation_zh) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                bus.id(), sessionId, meetingId, bus.number(), bus.vehicleId(), bus.marshalId(), bus.marshal(),
                bus.marshalRule(), bus.marshalExplanation(), bus.marshalExplanationZh());
    }

    public void saveRider(UUID sessionId, UUID meetingId, RiderRow rider) {
        update("insert into site_visit_rider (session_id, attendee_id, meeting_id, bus_id, seat, group_id,"
                + " group_name, convener, rule, rule_key, explanation, explanation_zh)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionId, rider.attendeeId(), meetingId,
                rider.busId(), rider.seat(), rider.groupId(), rider.group(), rider.convener(), rider.rule(),
                rider.key(), rider.explanation(), rider.explanationZh());
    }

    /** The buses of a visit's plan in force, by number. */
    public List<BusRow> buses(UUID sessionId) {
        List<BusRow> buses = new ArrayList<>();
        query("select id, number, vehicle_id, marshal_id, marshal, marshal_rule, marshal_explanation,"
                + " marshal_explanation_zh from site_visit_bus where session_id = ? order by number", row ->
                buses.add(new BusRow(row.getObject("id", UUID.class), row.getInt("number"),
                        row.getObject("vehicle_id", UUID.class), row.getObject("marshal_id", UUID.class),
                        row.getString("marshal"), row.getString("marshal_rule"),
                        row.getString("marshal_explanation"), row.getString("marshal_explanation_zh"))), sessionId);
        return buses;
    }

    /** The riders of a visit's plan in force, by bus and seat. */
    public List<RiderRow> riders(UUID sessionId) {
        List<RiderRow> riders = new ArrayList<>();
        query("select r.attendee_id, r.bus_id, r.seat, r.group_id, r.group_name, r.convener, r.rule, r.rule_key,"
                + " r.explanation, r.explanation_zh from site_visit_rider r join site_visit_bus b on b.id = r.bus_id"
                + " where r.session_id = ? order by b.number, r.seat", row -> riders.add(new RiderRow(
                row.getObject("attendee_id", UUID.class), row.getObject("bus_id", UUID.class), row.getInt("seat"),
                row.getObject("group_id", UUID.class), row.getString("group_name"), row.getBoolean("convener"),
                row.getString("rule"), row.getString("rule_key"), row.getString("explanation"),
                row.getString("explanation_zh"))), sessionId);
        return riders;
    }

    /** Whether any visit's plan uses the vehicle. */
    public long busesOf(UUID vehicleId) {
        long[] count = new long[1];
        query("select count(*) from site_visit_bus where vehicle_id = ?", row -> count[0] = row.getLong(1),
                vehicleId);
        return count[0];
    }

    public Optional<Long> groupVersion(UUID groupId) {
        return version("select version from discussion_group where id = ?", groupId);
    }

    /** Keeps a group as registration last published it, members and staff replaced whole. */
    public void saveGroup(DiscussionGroupSnapshot group, OffsetDateTime at) {
        update("insert into discussion_group (id, meeting_id, name, position, version, removed, received_at)"
                + " values (?, ?, ?, ?, ?, false, ?) on conflict (id) do update set name = excluded.name,"
                + " position = excluded.position, version = excluded.version, removed = false,"
                + " received_at = excluded.received_at", group.groupId(), group.meetingId(), group.name(),
                group.position() == null ? 0 : group.position(), group.version(), at);
        update("delete from discussion_group_member where group_id = ?", group.groupId());
        int ordinal = 0;
        for (DiscussionGroupSnapshot.Member member : list(group.members())) {
            if (member.attendeeId() != null) {
                update("insert into discussion_group_member (group_id, meeting_id, attendee_id, name, ordinal,"
                        + " convener, staff) values (?, ?, ?, ?, ?, ?, false) on conflict do nothing",
                        group.groupId(), group.meetingId(), member.attendeeId(),
                        member.name() == null ? "" : member.name(), ordinal++, Boolean.TRUE.equals(member.convener()));
            }
        }
        for (DiscussionGroupSnapshot.Staff staff : list(group.staff())) {
            if (staff.attendeeId() != null) {
                update("insert into discussion_group_member (group_id, meeting_id, attendee_id, name, ordinal,"
                        + " convener, staff) values (?, ?, ?, ?, ?, false, true) on conflict do nothing",
                        group.groupId(), group.meetingId(), staff.attendeeId(),
                        staff.name() == null ? "" : staff.name(), ordinal++);
            }
        }
    }

    /** Forgets a group's members; the row stays, removed, at its last version. */
    public void removeGroup(UUID groupId, UUID meetingId, String name, long version, OffsetDateTime at) {
        update("insert into discussion_group (id, meeting_id, name, position, version, removed, received_at)"
                + " values (?, ?, ?, 0, ?, true, ?) on conflict (id) do update set version = excluded.version,"
                + " removed = true, received_at = excluded.received_at", groupId, meetingId,
                name == null ? "" : name, version, at);
        update("delete from discussion_group_member where group_id = ?", groupId);
    }

    /** The meeting's groups that are not removed, with their members (conveners first) and staff. */
    public List<BusPlanning.Group> groups(UUID meetingId) {
        Map<UUID, String[]> heads = new LinkedHashMap<>();
        Map<UUID, List<BusPlanning.Member>> members = new LinkedHashMap<>();
        Map<UUID, List<BusPlanning.Staff>> staff = new LinkedHashMap<>();
        query("select id, name, position from discussion_group where meeting_id = ? and not removed"
                + " order by position, name, id", row -> {
                    UUID id = row.getObject("id", UUID.class);
                    heads.put(id, new String[] {row.getString("name"), String.valueOf(row.getInt("position"))});
                    members.put(id, new ArrayList<>());
                    staff.put(id, new ArrayList<>());
                }, meetingId);
        query("select group_id, attendee_id, name, convener, staff from discussion_group_member"
                + " where meeting_id = ? order by group_id, ordinal", row -> {
                    UUID group = row.getObject("group_id", UUID.class);
                    UUID attendee = row.getObject("attendee_id", UUID.class);
                    if (!heads.containsKey(group)) {
                        return;
                    }
                    if (row.getBoolean("staff")) {
                        staff.get(group).add(new BusPlanning.Staff(attendee, row.getString("name")));
                    } else {
                        members.get(group).add(new BusPlanning.Member(attendee, row.getBoolean("convener")));
                    }
                }, meetingId);
        List<BusPlanning.Group> groups = new ArrayList<>();
        heads.forEach((id, head) -> groups.add(new BusPlanning.Group(id, head[0], Integer.parseInt(head[1]),
                List.copyOf(members.get(id)), List.copyOf(staff.get(id)))));
        return groups;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private List<Visit> visits(String sql, Object... parameters) {
        List<Visit> visits = new ArrayList<>();
        query(sql, row -> visits.add(new Visit(row.getObject("session_id", UUID.class),
                row.getObject("meeting_id", UUID.class), row.getString("name"),
                row.getObject("starts_at", OffsetDateTime.class), row.getObject("ends_at", OffsetDateTime.class),
                row.getString("place"), strings(row.getArray("categories")), strings(row.getArray("delegations")),
                uuids(row.getArray("group_ids")), row.getLong("version"), row.getBoolean("cancelled"),
                row.getObject("planned_at", OffsetDateTime.class), row.getString("planned_by"))), parameters);
        return visits;
    }

    private Optional<Long> version(String sql, UUID id) {
        List<Long> versions = new ArrayList<>();
        query(sql, row -> versions.add(row.getLong(1)), id);
        return versions.stream().findFirst();
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read site visits", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write site visits", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
