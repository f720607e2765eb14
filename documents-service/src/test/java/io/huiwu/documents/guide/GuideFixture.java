package io.huiwu.documents.guide;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A meeting with an organizer, people on the roster replica, and the events the guide reads, each checked against
 * its publisher's AsyncAPI document before it is sent.
 */
final class GuideFixture {

    static final EventContract GROUP = contract("registration-service", "DiscussionGroupSnapshot");
    static final EventContract GROUP_REMOVAL = contract("registration-service", "DiscussionGroupRemoval");
    static final EventContract SEAT = contract("venue-service", "SeatArrangement");
    static final EventContract ROOM = contract("logistics-service", "RoomAssignment");
    static final EventContract TABLE = contract("logistics-service", "TableAssignment");
    static final EventContract MEETING = contract("registration-service", "MeetingSnapshot");
    static final EventContract SESSION = contract("venue-service", "Session");
    static final EventContract PICKUP = contract("logistics-service", "Pickup");

    final UUID meeting = UUID.randomUUID();
    final String organizer = TestTokens.role("organizer");

    GuideFixture() {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/sessions").then().statusCode(200));
    }

    private static EventContract contract(String service, String schema) {
        return EventContract.of(Path.of("..", service, "asyncapi", "asyncapi.yaml"), schema);
    }

    String base() {
        return "/api/v1/meetings/" + meeting;
    }

    /** The meeting's name as registration publishes it, once the guide has it. */
    void named(AgroalDataSource dataSource, String name) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString()).put("version", 1)
                .put("name", name).put("startDate", "2027-03-04").put("endDate", "2027-03-11")
                .put("phase", "PREPARING");
        MEETING.assertValid(data);
        String id = publish("registration.meeting", "meeting-updated", meeting.toString(), data);
        awaitApplied(dataSource, id);
    }

    /** A session of venue's schedule (two hours long); answers the event's id. */
    String session(UUID session, String kind, String name, OffsetDateTime startsAt, String place, List<UUID> groups,
            boolean cancelled) {
        ObjectNode data = TestEvents.object().put("sessionId", session.toString()).put("meetingId",
                meeting.toString()).put("version", 1).put("kind", kind).put("name", name)
                .put("startsAt", startsAt.toString()).put("endsAt", startsAt.plusHours(2).toString())
                .put("place", place).putNull("spaceId").put("seatPassRequired", false)
                .put("agendaVersion", 1).put("cancelled", cancelled);
        data.putArray("categories");
        data.putArray("delegations");
        ArrayNode groupIds = data.putArray("groupIds");
        groups.forEach(g -> groupIds.add(g.toString()));
        SESSION.assertValid(data);
        return publish("venue.session", cancelled ? "session-cancelled" : "session-scheduled", session.toString(),
                data);
    }

    /** Someone on registration's roster, once the replica has them. */
    UUID attendee(String name, String delegation) {
        UUID id = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 1, name, "ACTIVE")
                .put("category", "ATTENDEE").put("delegation", delegation));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/attendees/" + id).then().statusCode(200));
        return id;
    }

    ObjectNode group(UUID group, long version, String name, int position, String room, List<UUID> conveners,
            List<UUID> members) {
        ObjectNode data = TestEvents.object().put("groupId", group.toString()).put("meetingId", meeting.toString())
                .put("name", name).put("position", position).put("room", room).putNull("requestedRoomSize")
                .put("version", version);
        ArrayNode list = data.putArray("members");
        int i = 0;
        for (UUID member : conveners) {
            list.addObject().put("attendeeId", member.toString()).put("name", "召集人" + (++i))
                    .put("delegation", "北京团").put("convener", true);
        }
        for (UUID member : members) {
            list.addObject().put("attendeeId", member.toString()).put("name", "组员" + (++i))
                    .put("delegation", "北京团").put("convener", false);
        }
        data.putArray("staff");
        GROUP.assertValid(data);
        return data;
    }

    ObjectNode groupRemoval(UUID group, long version, String name) {
        ObjectNode data = TestEvents.object().put("groupId", group.toString()).put("meetingId", meeting.toString())
                .put("name", name).put("version", version);
        GROUP_REMOVAL.assertValid(data);
        return data;
    }

    /** A seat of the hall; session null for the standing layout. */
    ObjectNode seat(UUID attendee, UUID session, int floor, int row, int number) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString())
                .put("seatLabel", floor + "层 " + row + "排 " + number + "号")
                .put("seatId", "F" + floor + "-R" + row + "-S" + number).put("hallId", UUID.randomUUID().toString())
                .put("hall", "大礼堂").put("floor", floor).put("block", "中区").put("row", row).put("number", number)
                .putNull("previousSeatId");
        if (session == null) {
            data.putNull("sessionId");
        } else {
            data.put("sessionId", session.toString());
        }
        SEAT.assertValid(data);
        return data;
    }

    ObjectNode room(UUID attendee, UUID roomId, String room, String bed, String phone, UUID roommate,
            String roommateName) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("hotelId", UUID.randomUUID().toString())
                .put("hotel", "京西宾馆").put("building", "东楼").put("floor", 3).put("roomId", roomId.toString())
                .put("room", room).put("roomType", "TWIN").put("bed", bed).put("phone", phone).put("pinned", false);
        ArrayNode roommates = data.putArray("roommates");
        if (roommate != null) {
            roommates.addObject().put("attendeeId", roommate.toString()).put("name", roommateName);
        }
        ROOM.assertValid(data);
        return data;
    }

    ObjectNode table(UUID attendee, UUID meal, LocalDate day, String mealName, String table, String seat) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString())
                .put("attendeeId", attendee.toString()).put("mealId", meal.toString()).put("day", day.toString())
                .put("meal", mealName).put("service", "BANQUET").put("hallId", UUID.randomUUID().toString())
                .put("hall", "一号餐厅").put("tableId", UUID.nameUUIDFromBytes(table.getBytes()).toString())
                .put("table", table).put("mainTable", false).put("seat", seat).put("position", "HOST_RIGHT_1")
                .put("rule", "DELEGATION").put("pinned", false);
        data.putArray("diet").add("HALAL");
        TABLE.assertValid(data);
        return data;
    }

    /** pickup-scheduled data as logistics publishes it: one rider, on the vehicle's first seat. */
    ObjectNode pickup(UUID pickup, UUID rider, OffsetDateTime arrival, String number) {
        ObjectNode data = TestEvents.object().put("meetingId", meeting.toString()).put("pickupId", pickup.toString())
                .put("place", "北京南站").put("at", arrival.toString()).put("wave", "北京南站 14:05 京西宾馆")
                .putNull("hotelId").put("hotel", "京西宾馆").put("vehicleId", UUID.randomUUID().toString())
                .put("plate", "京A·12345").put("kind", "VIP_CAR").put("driver", "王师傅")
                .put("staffInCharge", "会务组刘洋").put("status", "SCHEDULED").putNull("completedAt");
        data.putArray("riders").add(rider.toString());
        data.putArray("seats").addObject().put("attendeeId", rider.toString()).put("seat", 1)
                .put("position", "REAR_RIGHT").put("number", number).put("arrivalAt", arrival.toString())
                .put("companions", 0);
        PICKUP.assertValid(data);
        return data;
    }

    /** Sends the event on the topic, keyed by the given subject; answers its id. */
    static String publish(String topic, String type, String subject, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        TopicEvents.inTestCluster().send(topic, subject, TestEvents.envelope(id, "/" + topic.split("\\.")[0]
                + "-service", type, subject, data));
        return id;
    }

    static String publish(String topic, String type, ObjectNode data) {
        String key = data.has("attendeeId") ? data.path("attendeeId").asText() : data.path("groupId").asText();
        return publish(topic, type, key, data);
    }

    static long count(AgroalDataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(AgroalDataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitApplied(AgroalDataSource dataSource, String eventId) {
        await().atMost(TestWaits.DEADLINE).until(() -> count(dataSource, "select count(*) from inbox_event where"
                + " event_id = '" + eventId + "'") == 1);
    }
}
