package io.huiwu.logistics.lodging;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.huiwu.logistics.lodging.LodgingFixtures.awaitRoster;
import static io.huiwu.logistics.lodging.LodgingFixtures.building;
import static io.huiwu.logistics.lodging.LodgingFixtures.floor;
import static io.huiwu.logistics.lodging.LodgingFixtures.hotel;
import static io.huiwu.logistics.lodging.LodgingFixtures.logistics;
import static io.huiwu.logistics.lodging.LodgingFixtures.meeting;
import static io.huiwu.logistics.lodging.LodgingFixtures.person;
import static io.huiwu.logistics.lodging.LodgingFixtures.room;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change re-plans only what it touches: a withdrawal gives the bed up at once, and the re-plan gives free beds to
 * the people without one, moving nobody. The answers, the database and the events on logistics.lodging.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class LodgingReplanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWithdrawalEmptiesABedAndTheReplanGivesItToANewcomerOfTheDelegationMovingNobody() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String jingxi = hotel(meeting, "京西宾馆");
        String third = floor(meeting, building(meeting, jingxi, "主楼"), 3);
        for (String number : List.of("301", "302", "303", "304")) {
            room(meeting, third, number, "TWIN", 2);
        }
        String youyi = hotel(meeting, "友谊宾馆");
        String first = floor(meeting, building(meeting, youyi, "一号楼"), 1);
        room(meeting, first, "101", "TWIN", 2);
        room(meeting, first, "102", "TWIN", 2);
        UUID zhao = person(meeting, "赵一", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID qian = person(meeting, "钱二", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID sun = person(meeting, "孙三", "FEMALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID li = person(meeting, "李梅", "FEMALE", "ATTENDEE", "长安区代表团", "COUNTY_DEPUTY", 8);
        UUID wu = person(meeting, "吴六", "MALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 5);

        // from no beds at all: everyone placed, the delegation in one hotel, men and women apart
        JsonPath first1 = logistics().body(Map.of()).post(base + "/lodging/replan/preview").then().statusCode(200)
                .body("people", equalTo(5)).body("placed", equalTo(5)).body("unplaced", equalTo(List.of()))
                .extract().jsonPath();
        assertEquals(0, count("select count(*) from room_assignment where meeting_id = '" + meeting + "'"),
                "the preview changes nothing");
        logistics().body(Map.of("basis", first1.getString("basis"))).post(base + "/lodging/replan/apply").then()
                .statusCode(200).body("assigned", equalTo(5)).body("unassigned", equalTo(0));
        Map<UUID, String> rooms = beds(meeting);
        assertEquals(roomOf(rooms.get(zhao)), roomOf(rooms.get(qian)));
        assertEquals(roomOf(rooms.get(sun)), roomOf(rooms.get(li)));
        assertTrue(rooms.get(zhao).startsWith("京西宾馆"), rooms.toString());
        assertTrue(rooms.get(sun).startsWith("京西宾馆"), rooms.toString());
        assertTrue(!roomOf(rooms.get(wu)).equals(roomOf(rooms.get(zhao))), rooms.toString());

        // 钱二 withdraws: his bed is given up at once, his stay cancelled, 赵一 is left alone in the twin
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, qian, 2, "钱二", "WITHDRAWN")
                .put("gender", "MALE").put("category", "ATTENDEE").put("delegation", "长安区代表团"));
        await().atMost(TestWaits.DEADLINE).until(() -> count("select count(*) from room_assignment where"
                + " attendee_id = '" + qian + "'") == 0);
        logistics().get(base + "/lodging/stays/" + qian).then().statusCode(200).body("status", equalTo("CANCELLED"));
        logistics().get(base + "/lodging/assignments/" + zhao).then().statusCode(200)
                .body("roommates", equalTo(List.of()));

        // a newcomer of the delegation: the re-plan gives him the bed 钱二 left, beside 赵一, and nothing else
        UUID wang = person(meeting, "王五", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 5);
        Map<UUID, String> before = beds(meeting);
        JsonPath preview = logistics().body(Map.of()).post(base + "/lodging/replan/preview").then()
                .statusCode(200).body("people", equalTo(1)).body("placed", equalTo(1))
                .body("placements[0].attendeeId", equalTo(wang.toString()))
                .body("placements[0].rule", equalTo("WITH_DELEGATION"))
                .body("placements[0].roommates[0].name", equalTo("赵一"))
                .body("placements[0].breaches", equalTo(List.of()))
                .body("placements[0].explanationZh", containsString("本团"))
                .body("released", equalTo(List.of())).extract().jsonPath();
        assertEquals(before, beds(meeting), "the preview changes nothing");

        // a basis that is not the preview's, then a change since the preview: refused, naming what changed
        logistics().body(Map.of("basis", "00.00")).post(base + "/lodging/replan/apply").then().statusCode(409)
                .body("errors.field", hasItem("basis"));
        logistics().body(Map.of()).post(base + "/lodging/replan/apply").then().statusCode(400)
                .body("errors.field", hasItem("basis"));
        UUID zheng = person(meeting, "郑七", "MALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 6);
        logistics().body(Map.of("basis", preview.getString("basis"))).post(base + "/lodging/replan/apply").then()
                .statusCode(409).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("basis")).body("detail", containsString("roster"));
        assertEquals(before, beds(meeting), "a refused apply changes nothing");

        JsonPath again = logistics().body(Map.of()).post(base + "/lodging/replan/preview").then().statusCode(200)
                .body("people", equalTo(2)).body("placed", equalTo(2)).extract().jsonPath();
        logistics().body(Map.of("basis", again.getString("basis"))).post(base + "/lodging/replan/apply").then()
                .statusCode(200).body("assigned", equalTo(2)).body("unassigned", equalTo(0))
                .body("unplaced", equalTo(0)).body("unchanged", equalTo(4));
        Map<UUID, String> after = beds(meeting);
        assertEquals(rooms.get(qian), after.get(wang), "王五 has the bed 钱二 gave up");
        assertEquals(roomOf(rooms.get(wu)), roomOf(after.get(zheng)), "郑七 joins 吴六 of his delegation");
        Map<UUID, String> kept = new HashMap<>(after);
        kept.remove(wang);
        kept.remove(zheng);
        assertEquals(before, kept, "nobody who had a bed moved");
        logistics().get(base + "/lodging/stays/" + wang).then().statusCode(200).body("status", equalTo("BOOKED"));

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.lodging", e -> meeting.toString()
                        .equals(e.data().path("meetingId").asText())), found -> found.stream()
                        .anyMatch(e -> e.key().equals(zheng.toString())));
        assertEquals(List.of("room-assigned", "room-unassigned"), types(events, qian));
        // 赵一: with 钱二, alone, with 王五
        assertEquals(List.of(1, 0, 1), events.stream().filter(e -> e.key().equals(zhao.toString()))
                .map(e -> e.data().path("roommates").size()).toList());
        TopicEvents.Event last = events.stream().filter(e -> e.key().equals(zhao.toString())).toList().get(2);
        assertEquals("王五", last.data().path("roommates").get(0).path("name").asText());
        assertEquals(List.of("room-assigned"), types(events, wang));
        assertEquals(List.of("room-assigned"), types(events, sun), "nothing new for the women's room");
        assertEquals(List.of("room-assigned"), types(events, li));
        assertEquals(List.of("room-assigned", "room-assigned"), types(events, wu), "吴六: alone, then with 郑七");
    }

    private static List<String> types(List<TopicEvents.Event> events, UUID attendee) {
        return events.stream().filter(e -> e.key().equals(attendee.toString())).map(TopicEvents.Event::type)
                .toList();
    }

    /** hotel/room of hotel/room/bed. */
    private static String roomOf(String bed) {
        return bed.substring(0, bed.lastIndexOf('/'));
    }

    /** Everyone's bed as hotel/room/bed. */
    private Map<UUID, String> beds(UUID meeting) throws SQLException {
        Map<UUID, String> beds = new HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select a.attendee_id, h.name, r.number, a.bed from room_assignment a"
                        + " join room r on r.id = a.room_id join hotel h on h.id = r.hotel_id where a.meeting_id = '"
                        + meeting + "'")) {
            while (rows.next()) {
                beds.put(rows.getObject(1, UUID.class), rows.getString(2) + "/" + rows.getString(3) + "/"
                        + rows.getInt(4));
            }
        }
        return beds;
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
