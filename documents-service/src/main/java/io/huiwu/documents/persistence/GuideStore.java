package io.huiwu.documents.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the attendee guide compiles, as the other services last published it (tables {@code guide_meeting},
 * {@code guide_group}, {@code guide_seat}, {@code guide_room}, {@code guide_table}), and each person's page
 * revision ({@code guide_page_revision}), in SQL.
 */
@ApplicationScoped
public class GuideStore {

    /** The layout of a seat that belongs to no session: the meeting's standing layout. */
    public static final String STANDING = "STANDING";

    /** A member of a discussion group. */
    public record Member(UUID attendeeId, String name, String delegation, boolean convener) {
    }

    /** A discussion group as kept. */
    public record Group(UUID groupId, UUID meetingId, long version, String name, int position, String room,
            List<Member> members, boolean removed) {
    }

    /** A person's seat in one layout; sessionId is null for the standing layout. */
    public record Seat(UUID meetingId, UUID attendeeId, UUID sessionId, String seatId, String seatLabel, String hall,
            int floor, String block, int row, int number) {
    }

    /** Someone sharing a room. */
    public record Roommate(UUID attendeeId, String name) {
    }

    /** A person's bed. */
    public record Room(UUID meetingId, UUID attendeeId, String hotel, String building, int floor, UUID roomId,
            String room, String bed, String phone, List<Roommate> roommates) {
    }

    /** A person's seat at a table for a meal. */
    public record Table(UUID meetingId, UUID attendeeId, UUID mealId, LocalDate day, String meal, String hall,
            UUID tableId, String table, String seat, List<String> diet) {
    }

    /** How often a person's page has changed, and when last. */
    public record Revision(long revision, OffsetDateTime changedAt) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public GuideStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The meeting's name, unless the copy holds the same or a newer version. */
    public void keepMeeting(UUID meetingId, String name, long version) {
        entityManager.createNativeQuery("insert into guide_meeting (meeting_id, name, version)"
                + " values (:meeting, :name, :version) on conflict (meeting_id) do update"
                + " set name = excluded.name, version = excluded.version"
                + " where guide_meeting.version < excluded.version")
                .setParameter("meeting", meetingId).setParameter("name", name).setParameter("version", version)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> meetingName(UUID meetingId) {
        List<Object> rows = entityManager.createNativeQuery("select name from guide_meeting where meeting_id ="
                + " :meeting").setParameter("meeting", meetingId).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    /**
     * Keeps the group (or marks it removed) unless the copy holds the same or a newer version, or the group belongs
     * to another meeting; true when it was kept.
     */
    public boolean keepGroup(Group group) {
        return entityManager.createNativeQuery("insert into guide_group (group_id, meeting_id, version, name,"
                + " position, room, members, removed) values (:id, :meeting, :version, :name, :position, :room,"
                + " cast(:members as jsonb), :removed) on conflict (group_id) do update set version ="
                + " excluded.version, name = excluded.name, position = excluded.position, room = excluded.room,"
                + " members = case when excluded.removed then guide_group.members else excluded.members end,"
                + " removed = excluded.removed"
                + " where guide_group.version < excluded.version and guide_group.meeting_id = excluded.meeting_id")
                .setParameter("id", group.groupId()).setParameter("meeting", group.meetingId())
                .setParameter("version", group.version()).setParameter("name", group.name())
                .setParameter("position", group.position()).setParameter("room", group.room())
                .setParameter("members", write(group.members())).setParameter("removed", group.removed())
                .executeUpdate() == 1;
    }

    /** The meeting's groups that are not removed, in their order. */
    @SuppressWarnings("unchecked")
    public List<Group> groups(UUID meetingId) {
        List<Group> groups = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select group_id, meeting_id, version,"
                + " name, position, room, cast(members as text), removed from guide_group where meeting_id ="
                + " :meeting and not removed order by position, name, group_id").setParameter("meeting", meetingId)
                .getResultList()) {
            groups.add(new Group((UUID) row[0], (UUID) row[1], ((Number) row[2]).longValue(), (String) row[3],
                    ((Number) row[4]).intValue(), (String) row[5],
                    read((String) row[6], new TypeReference<List<Member>>() { }), (Boolean) row[7]));
        }
        return groups;
    }

    /** A person's seat in its layout, replacing the one before; true when anything changed. */
    public boolean seat(Seat seat) {
        return entityManager.createNativeQuery("insert into guide_seat (meeting_id, attendee_id, layout, session_id,"
                + " seat_id, seat_label, hall, floor, block, seat_row, seat_number) values (:meeting, :attendee,"
                + " :layout, :session, :seatId, :label, :hall, :floor, :block, :row, :number)"
                + " on conflict (meeting_id, attendee_id, layout) do update set seat_id = excluded.seat_id,"
                + " seat_label = excluded.seat_label, hall = excluded.hall, floor = excluded.floor,"
                + " block = excluded.block, seat_row = excluded.seat_row, seat_number = excluded.seat_number"
                + " where (guide_seat.seat_id, guide_seat.seat_label, guide_seat.hall, guide_seat.floor,"
                + " guide_seat.block, guide_seat.seat_row, guide_seat.seat_number) is distinct from"
                + " (excluded.seat_id, excluded.seat_label, excluded.hall, excluded.floor, excluded.block,"
                + " excluded.seat_row, excluded.seat_number)")
                .setParameter("meeting", seat.meetingId()).setParameter("attendee", seat.attendeeId())
                .setParameter("layout", layout(seat.sessionId())).setParameter("session", seat.sessionId())
                .setParameter("seatId", seat.seatId()).setParameter("label", seat.seatLabel())
                .setParameter("hall", seat.hall()).setParameter("floor", seat.floor())
                .setParameter("block", seat.block()).setParameter("row", seat.row())
                .setParameter("number", seat.number()).executeUpdate() == 1;
    }

    /** The person taken off this seat of the layout (a seat they no longer hold changes nothing). */
    public boolean unseat(UUID meetingId, UUID attendeeId, UUID sessionId, String seatId) {
        return entityManager.createNativeQuery("delete from guide_seat where meeting_id = :meeting and attendee_id ="
                + " :attendee and layout = :layout and seat_id = :seatId").setParameter("meeting", meetingId)
                .setParameter("attendee", attendeeId).setParameter("layout", layout(sessionId))
                .setParameter("seatId", seatId).executeUpdate() > 0;
    }

    /** A person's seats: the standing layout's (no session) and each session's. */
    @SuppressWarnings("unchecked")
    public List<Seat> seats(UUID meetingId, UUID attendeeId) {
        List<Seat> seats = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select session_id, seat_id,"
                + " seat_label, hall, floor, block, seat_row, seat_number from guide_seat where meeting_id ="
                + " :meeting and attendee_id = :attendee order by layout").setParameter("meeting", meetingId)
                .setParameter("attendee", attendeeId).getResultList()) {
            seats.add(new Seat(meetingId, attendeeId, (UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).intValue(), (String) row[5], ((Number) row[6]).intValue(),
                    ((Number) row[7]).intValue()));
        }
        return seats;
    }

    /** A person's bed, replacing the one before; true when anything changed. */
    public boolean room(Room room) {
        return entityManager.createNativeQuery("insert into guide_room (meeting_id, attendee_id, hotel, building,"
                + " floor, room_id, room, bed, phone, roommates) values (:meeting, :attendee, :hotel, :building,"
                + " :floor, :roomId, :room, :bed, :phone, cast(:roommates as jsonb))"
                + " on conflict (meeting_id, attendee_id) do update set hotel = excluded.hotel,"
                + " building = excluded.building, floor = excluded.floor, room_id = excluded.room_id,"
                + " room = excluded.room, bed = excluded.bed, phone = excluded.phone, roommates = excluded.roommates"
                + " where (guide_room.hotel, guide_room.building, guide_room.floor, guide_room.room_id,"
                + " guide_room.room, guide_room.bed, guide_room.phone, guide_room.roommates) is distinct from"
                + " (excluded.hotel, excluded.building, excluded.floor, excluded.room_id, excluded.room,"
                + " excluded.bed, excluded.phone, excluded.roommates)")
                .setParameter("meeting", room.meetingId()).setParameter("attendee", room.attendeeId())
                .setParameter("hotel", room.hotel()).setParameter("building", room.building())
                .setParameter("floor", room.floor()).setParameter("roomId", room.roomId())
                .setParameter("room", room.room()).setParameter("bed", room.bed())
                .setParameter("phone", room.phone()).setParameter("roommates", write(room.roommates()))
                .executeUpdate() == 1;
    }

    /** The person gave up this bed (a bed they no longer hold changes nothing). */
    public boolean unroom(UUID meetingId, UUID attendeeId, UUID roomId, String bed) {
        return entityManager.createNativeQuery("delete from guide_room where meeting_id = :meeting and attendee_id ="
                + " :attendee and room_id = :roomId and bed = :bed").setParameter("meeting", meetingId)
                .setParameter("attendee", attendeeId).setParameter("roomId", roomId).setParameter("bed", bed)
                .executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    public Optional<Room> room(UUID meetingId, UUID attendeeId) {
        List<Object[]> rows = entityManager.createNativeQuery("select hotel, building, floor, room_id, room, bed,"
                + " phone, cast(roommates as text) from guide_room where meeting_id = :meeting and attendee_id ="
                + " :attendee").setParameter("meeting", meetingId).setParameter("attendee", attendeeId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Room(meetingId, attendeeId, (String) row[0], (String) row[1],
                ((Number) row[2]).intValue(), (UUID) row[3], (String) row[4], (String) row[5], (String) row[6],
                read((String) row[7], new TypeReference<List<Roommate>>() { })));
    }

    /** A person's seat at a table for a meal, replacing the one before; true when anything changed. */
    public boolean table(Table table) {
        return entityManager.createNativeQuery("insert into guide_table (meeting_id, attendee_id, meal_id, day, meal,"
                + " hall, table_id, table_number, seat, diet) values (:meeting, :attendee, :meal, :day, :mealName,"
                + " :hall, :tableId, :table, :seat, cast(:diet as jsonb))"
                + " on conflict (meeting_id, attendee_id, meal_id) do update set day = excluded.day,"
                + " meal = excluded.meal, hall = excluded.hall, table_id = excluded.table_id,"
                + " table_number = excluded.table_number, seat = excluded.seat, diet = excluded.diet"
                + " where (guide_table.day, guide_table.meal, guide_table.hall, guide_table.table_id,"
                + " guide_table.table_number, guide_table.seat, guide_table.diet) is distinct from"
                + " (excluded.day, excluded.meal, excluded.hall, excluded.table_id, excluded.table_number,"
                + " excluded.seat, excluded.diet)")
                .setParameter("meeting", table.meetingId()).setParameter("attendee", table.attendeeId())
                .setParameter("meal", table.mealId()).setParameter("day", Date.valueOf(table.day()))
                .setParameter("mealName", table.meal()).setParameter("hall", table.hall())
                .setParameter("tableId", table.tableId()).setParameter("table", table.table())
                .setParameter("seat", table.seat()).setParameter("diet", write(table.diet()))
                .executeUpdate() == 1;
    }

    /** The person gave up this seat at the meal's table (a seat they no longer hold changes nothing). */
    public boolean untable(UUID meetingId, UUID attendeeId, UUID mealId, UUID tableId, String seat) {
        return entityManager.createNativeQuery("delete from guide_table where meeting_id = :meeting and attendee_id ="
                + " :attendee and meal_id = :meal and table_id = :tableId and seat = :seat")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId)
                .setParameter("meal", mealId).setParameter("tableId", tableId).setParameter("seat", seat)
                .executeUpdate() > 0;
    }

    /** A person's tables by day, then meal (breakfast, lunch, dinner). */
    @SuppressWarnings("unchecked")
    public List<Table> tables(UUID meetingId, UUID attendeeId) {
        List<Table> tables = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery("select meal_id, day, meal, hall,"
                + " table_id, table_number, seat, cast(diet as text) from guide_table where meeting_id = :meeting"
                + " and attendee_id = :attendee order by day, case meal when 'BREAKFAST' then 1 when 'LUNCH' then 2"
                + " when 'DINNER' then 3 else 4 end, meal_id").setParameter("meeting", meetingId)
                .setParameter("attendee", attendeeId).getResultList()) {
            tables.add(new Table(meetingId, attendeeId, (UUID) row[0], day(row[1]), (String) row[2], (String) row[3],
                    (UUID) row[4], (String) row[5], (String) row[6],
                    read((String) row[7], new TypeReference<List<String>>() { })));
        }
        return tables;
    }

    /** Moves the person's page to its next revision, changed at the given time. */
    public void bump(UUID meetingId, UUID attendeeId, OffsetDateTime changedAt) {
        entityManager.createNativeQuery("insert into guide_page_revision (meeting_id, attendee_id, revision,"
                + " changed_at) values (:meeting, :attendee, 1, :at) on conflict (meeting_id, attendee_id) do update"
                + " set revision = guide_page_revision.revision + 1,"
                + " changed_at = greatest(guide_page_revision.changed_at, excluded.changed_at)")
                .setParameter("meeting", meetingId).setParameter("attendee", attendeeId).setParameter("at", changedAt)
                .executeUpdate();
    }

    /** The person's page revision: 0 while nothing has been arranged for them. */
    @SuppressWarnings("unchecked")
    public Optional<Revision> revision(UUID meetingId, UUID attendeeId) {
        List<Object[]> rows = entityManager.createNativeQuery("select revision, changed_at from guide_page_revision"
                + " where meeting_id = :meeting and attendee_id = :attendee").setParameter("meeting", meetingId)
                .setParameter("attendee", attendeeId).getResultList();
        return rows.stream().findFirst().map(row -> new Revision(((Number) row[0]).longValue(),
                SessionCopies.time(row[1])));
    }

    static String layout(UUID sessionId) {
        return sessionId == null ? STANDING : sessionId.toString();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable guide data: " + text, e);
        }
    }
}
