package io.huiwu.logistics.lodging;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
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
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Beds given by hand and by applying a plan: the database, the answers and the events on logistics.lodging. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RoomAssignmentEventsTest {

    /** What registration reads from room-assigned and room-unassigned (its readiness check). */
    private static final EventContract REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "RoomArrangement");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBedGivenByHandIsPublishedForThePersonAndTheRoommatesAndTheAttendeeReadsIt() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "京西宾馆");
        String floor = floor(meeting, building(meeting, hotel, "主楼"), 6);
        String twin = room(meeting, floor, "601", "TWIN", 2);
        String suite = room(meeting, floor, "666", "SUITE", 1);
        UUID zhao = person(meeting, "赵一", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID qian = person(meeting, "钱二", "MALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID sun = person(meeting, "孙三", "FEMALE", "ATTENDEE", "长安区代表团", "COUNTY_FULL", 7);
        UUID driver = person(meeting, "周五", "MALE", "ACCOMPANYING", "长安区代表团", null, null);
        awaitRoster(meeting, 4);

        logistics().body(Map.of("roomId", twin)).put(base + "/lodging/assignments/" + zhao).then().statusCode(200)
                .body("room", equalTo("601")).body("bed", equalTo(1)).body("pinned", equalTo(true))
                .body("roomPhone", equalTo("601")).body("hotel", equalTo("京西宾馆"));
        logistics().body(Map.of("roomId", twin, "bed", 2)).put(base + "/lodging/assignments/" + qian).then()
                .statusCode(200).body("roommates[0].name", equalTo("赵一"));

        // the bed is taken, the room full, a woman in a man's room, a driver with an attendee, a suite too low
        logistics().body(Map.of("roomId", twin, "bed", 2)).put(base + "/lodging/assignments/" + sun).then()
                .statusCode(409).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("bed")).body("detail", containsString("钱二"));
        logistics().body(Map.of("roomId", twin)).put(base + "/lodging/assignments/" + driver).then()
                .statusCode(409).body("errors.field", hasItem("roomId"));
        logistics().delete(base + "/lodging/assignments/" + qian).then().statusCode(204);
        logistics().body(Map.of("roomId", twin)).put(base + "/lodging/assignments/" + sun).then().statusCode(422)
                .body("detail", containsString("MIXED_GENDER"));
        logistics().body(Map.of("roomId", twin)).put(base + "/lodging/assignments/" + driver).then()
                .statusCode(422).body("detail", containsString("MIXED_CATEGORY"));
        logistics().body(Map.of("roomId", suite)).put(base + "/lodging/assignments/" + sun).then().statusCode(422)
                .body("detail", containsString("SUITE_BELOW_GRADE"));
        logistics().body(Map.of("roomId", twin, "bed", 3)).put(base + "/lodging/assignments/" + sun).then()
                .statusCode(400).body("errors.field", hasItem("bed"));
        logistics().body(Map.of("roomId", UUID.randomUUID())).put(base + "/lodging/assignments/" + sun).then()
                .statusCode(400).body("errors.field", hasItem("roomId"));
        logistics().body(Map.of("roomId", twin)).put(base + "/lodging/assignments/" + UUID.randomUUID()).then()
                .statusCode(404);
        logistics().delete(base + "/rooms/" + twin).then().statusCode(409);
        logistics().header("If-Match", "\"0\"").body(Map.of("number", "601", "type", "SINGLE", "beds", 1))
                .put(base + "/rooms/" + twin).then().statusCode(200);
        assertEquals(1, count("select count(*) from room_assignment where meeting_id = '" + meeting + "'"));

        // the attendee reads their own room; another attendee's is not theirs to see
        given().auth().oauth2(TestTokens.attendee(meeting, zhao)).get(base + "/lodging/assignments/" + zhao)
                .then().statusCode(200).body("room", equalTo("601")).body("roommates", equalTo(List.of()));
        given().auth().oauth2(TestTokens.attendee(meeting, sun)).get(base + "/lodging/assignments/" + zhao)
                .then().statusCode(404);

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.lodging", e -> meeting.toString()
                        .equals(e.data().path("meetingId").asText())), found -> found.size() >= 5);
        // one person's events keep their order (keyed by attendee): 赵一 alone, with 钱二, alone again
        assertEquals(List.of(0, 1, 0), events.stream().filter(e -> e.key().equals(zhao.toString()))
                .map(e -> e.data().path("roommates").size()).toList());
        assertEquals(List.of("room-assigned", "room-unassigned"), events.stream()
                .filter(e -> e.key().equals(qian.toString())).map(TopicEvents.Event::type).toList());
        assertEquals(5, events.size());
        for (TopicEvents.Event event : events) {
            REGISTRATION_READS.assertValid(event.data());
            assertEquals(event.data().path("attendeeId").asText(), event.key());
        }
        JsonNode paired = events.stream().filter(e -> e.type().equals("room-assigned")
                && e.data().path("attendeeId").asText().equals(zhao.toString())
                && e.data().path("roommates").size() == 1).findFirst().orElseThrow().data();
        assertEquals("钱二", paired.path("roommates").get(0).path("name").asText());
        assertEquals("1", paired.path("bed").asText());
        assertEquals("601", paired.path("room").asText());
    }

    @Test
    void applyingAPlanPutsItInForceOnceAndPublishesEveryBed() throws SQLException {
        UUID meeting = meeting();
        String base = "/api/v1/meetings/" + meeting;
        String hotel = hotel(meeting, "友谊宾馆");
        String floor = floor(meeting, building(meeting, hotel, "一号楼"), 2);
        String first = room(meeting, floor, "201", "TWIN", 2);
        room(meeting, floor, "202", "TWIN", 2);
        UUID pinned = person(meeting, "吴六", "MALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        person(meeting, "郑七", "MALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        person(meeting, "王八", "FEMALE", "ATTENDEE", "雁塔区代表团", "COUNTY_FULL", 7);
        awaitRoster(meeting, 3);
        logistics().body(Map.of("roomId", first, "bed", 1)).put(base + "/lodging/assignments/" + pinned).then()
                .statusCode(200);

        String job = logistics().body(Map.of()).post(base + "/lodging/assignment-jobs").then().statusCode(202)
                .extract().path("id");
        JsonPath done = await().atMost(TestWaits.DEADLINE).until(() -> logistics().get(base
                + "/lodging/assignment-jobs/" + job).then().statusCode(200).extract().jsonPath(),
                body -> "SUCCEEDED".equals(body.getString("status")));
        assertTrue(done.getBoolean("result.feasible"), done.prettify());

        logistics().post(base + "/lodging/assignment-jobs/" + job + "/apply").then().statusCode(200)
                .body("assigned", equalTo(2)).body("unassigned", equalTo(0)).body("unchanged", equalTo(1));
        logistics().post(base + "/lodging/assignment-jobs/" + job + "/apply").then().statusCode(409);
        logistics().get(base + "/lodging/assignment-jobs/" + job).then().body("status", equalTo("APPLIED"));
        assertEquals(3, count("select count(*) from room_assignment where meeting_id = '" + meeting + "'"));
        assertEquals(1, count("select count(*) from room_assignment where meeting_id = '" + meeting
                + "' and pinned"));
        logistics().queryParam("hotelId", hotel).get(base + "/lodging/assignments").then().statusCode(200)
                .body("total", equalTo(3)).body("items.find { it.name == '吴六' }.room", equalTo("201"));

        List<TopicEvents.Event> events = await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents
                .inTestCluster().matching("logistics.lodging", e -> meeting.toString()
                        .equals(e.data().path("meetingId").asText())), found -> found.size() >= 4);
        // the pin, then everyone in the rooms the plan filled: 吴六 again (a roommate came), 郑七, 王八
        assertEquals(4, events.size());
        events.forEach(event -> REGISTRATION_READS.assertValid(event.data()));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
