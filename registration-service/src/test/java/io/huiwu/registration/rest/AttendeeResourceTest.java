package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class AttendeeResourceTest {

    private static final EventContract ATTENDEE_EVENTS =
            EventContract.of(AsyncApiDocument.OWN, "AttendeeSnapshot");

    @Test
    void registeringPublishesAttendeeRegisteredThroughTheOutbox() {
        String meeting = Fixtures.meeting("名册测试会议");
        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("欧阳建国", "ATTENDEE", "长安区代表团", 3))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("欧阳建国"))
                .body("status", equalTo("ACTIVE"))
                .body("meetingId", equalTo(meeting))
                .extract().path("id");

        List<TopicEvents.Event> events = awaitEvents(id, 1);
        TopicEvents.Event event = events.get(0);
        assertEquals("attendee-registered", event.type());
        assertEquals(id, event.key());
        assertEquals("1.0", event.envelope().path("specversion").asText());
        assertEquals("/registration-service", event.envelope().path("source").asText());
        assertEquals("application/cloudevents+json; charset=UTF-8", event.headers().get("content-type"));
        assertEquals("欧阳建国", event.data().path("name").asText());
        assertEquals(0, event.data().path("version").asInt());
        ATTENDEE_EVENTS.assertValid(event.data());
    }

    @Test
    void correctingAnEntryPublishesAttendeeUpdatedWithTheNewVersion() {
        String meeting = Fixtures.meeting("更正测试会议");
        String id = Fixtures.attendee(meeting, "张伟");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.attendeeJson("张伟", "NON_VOTING", "雁塔区代表团", 9))
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("category", equalTo("NON_VOTING"))
                .body("delegation", equalTo("雁塔区代表团"));

        TopicEvents.Event updated = awaitEvents(id, 2).get(1);
        assertEquals("attendee-updated", updated.type());
        assertEquals(1, updated.data().path("version").asInt());
        assertEquals("NON_VOTING", updated.data().path("category").asText());
        ATTENDEE_EVENTS.assertValid(updated.data());

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.attendeeJson("张伟", "GUEST", null, 9))
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(412);
    }

    @Test
    void withdrawingRemovesTheEntryFromListsButKeepsItOnRecord() {
        String meeting = Fixtures.meeting("撤销测试会议");
        String stays = Fixtures.attendee(meeting, "李娜");
        String leaves = Fixtures.attendee(meeting, "王芳");
        given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + leaves)
                .then().statusCode(204);

        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(stays));
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees?status=WITHDRAWN")
                .then().body("items.id", contains(leaves));
        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + leaves)
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        TopicEvents.Event withdrawn = awaitEvents(leaves, 2).get(1);
        assertEquals("attendee-withdrawn", withdrawn.type());
        ATTENDEE_EVENTS.assertValid(withdrawn.data());

        // withdrawing again changes nothing and publishes nothing
        given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + leaves)
                .then().statusCode(204);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Fixtures.attendeeJson("王芳", "ATTENDEE", null, 1))
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + leaves)
                .then().statusCode(409);
        Fixtures.attendee(meeting, "标记");
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.data().path("name").asText().equals("标记")
                        && e.data().path("meetingId").asText().equals(meeting)).isEmpty());
        assertEquals(2, TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.subject().equals(leaves)).size());
    }

    @Test
    void namesAreStoredInOneSpelling() {
        String meeting = Fixtures.meeting("姓名测试会议");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson(" 王\u3000芳 ", "ATTENDEE", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).body("name", equalTo("王芳"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("阿沛 · 阿旺晋美", "GUEST", null, 2))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).body("name", equalTo("阿沛·阿旺晋美"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("John  Smith", "GUEST", null, 3))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).body("name", equalTo("John Smith"));
    }

    @Test
    void listsFilterAndSort() {
        String meeting = Fixtures.meeting("排序测试会议");
        for (int rank = 3; rank >= 1; rank--) {
            given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                    .body(Fixtures.attendeeJson("代表" + rank, rank == 2 ? "NON_VOTING" : "ATTENDEE", "甲团", rank))
                    .when().post("/api/v1/meetings/" + meeting + "/attendees")
                    .then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees?sort=rank")
                .then().body("items.rank", contains(1, 2, 3));
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees?sort=-rank&size=2")
                .then().body("items.rank", contains(3, 2)).body("total", equalTo(3)).body("size", equalTo(2));
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees?category=NON_VOTING")
                .then().body("items.rank", contains(2));
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees?delegation=乙团")
                .then().body("total", equalTo(0)).body("items.rank", not(hasItem(1)));
    }

    private static List<TopicEvents.Event> awaitEvents(String attendeeId, int count) {
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.subject().equals(attendeeId)).size() >= count);
        return TopicEvents.inTestCluster().matching("registration.attendee", e -> e.subject().equals(attendeeId));
    }
}
