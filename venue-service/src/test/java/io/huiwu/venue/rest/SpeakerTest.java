package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.venue.event.SpeakerEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A session's speakers: added last or at a place, changed, removed and put in a new order all at once, each change
 * in the database and on venue.speakers; bad input refused naming the field with nothing changed.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SpeakerTest {

    private static final EventContract SPEAKER = EventContract.of(Path.of("asyncapi", "asyncapi.yaml"), "Speaker");
    private static final LocalDate FIRST = LocalDate.of(2030, 6, 1);

    @Inject
    AgroalDataSource database;

    private record Setting(UUID meeting, UUID session, String path, List<UUID> people) {
    }

    private Setting setting(String name) {
        UUID meeting = Meetings.meeting(name, FIRST, FIRST, database);
        String session = as("venue").body(ScheduleTest.body("GROUP", "分组审议", "2030-06-01T09:00:00+08:00",
                "2030-06-01T11:00:00+08:00", "第一会议室", "[]")).when()
                .post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201).extract().path("id");
        List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID());
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, people.get(0), 0, "王建国", "ACTIVE"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, people.get(1), 0, "李秀英", "ACTIVE"));
        for (UUID id : people) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        return new Setting(meeting, UUID.fromString(session),
                "/api/v1/meetings/" + meeting + "/sessions/" + session + "/speakers", people);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static String speaker(UUID attendee, String guest, String topic, int minutes, Integer position) {
        return "{" + (attendee == null ? "" : "\"attendeeId\":\"" + attendee + "\",")
                + (guest == null ? "" : "\"guestName\":\"" + guest + "\",") + "\"topic\":\"" + topic
                + "\",\"minutes\":" + minutes + (position == null ? "" : ",\"position\":" + position) + "}";
    }

    private List<TopicEvents.Event> events(Setting at) {
        return TopicEvents.inTestCluster().matching(SpeakerEvents.TOPIC, e -> e.key().equals(at.session()
                .toString()));
    }

    @Test
    void speakersAreAddedChangedReorderedAndRemovedAndEachChangeIsPublished() throws Exception {
        Setting at = setting("发言安排测试会议");
        String a = as("venue").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(speaker(at.people().get(0), null, "关于城市更新的发言", 10, null)).when().post(at.path())
                .then().statusCode(201)
                .body("position", equalTo(1)).body("name", equalTo("王建国")).body("guestName", nullValue())
                .body("version", equalTo(0))
                .extract().path("id");
        String b = as("venue").body(speaker(null, "张明（特邀专家）", "营商环境报告", 8, null)).when()
                .post(at.path()).then().statusCode(201)
                .body("position", equalTo(2)).body("name", equalTo("张明（特邀专家）"))
                .body("attendeeId", nullValue()).extract().path("id");
        // a third goes first: the others move down one
        String c = as("venue").body(speaker(at.people().get(1), null, "教育工作", 5, 1)).when().post(at.path())
                .then().statusCode(201).body("position", equalTo(1)).extract().path("id");
        as("registrar").when().get(at.path()).then().statusCode(200)
                .body("speakers.id", contains(c, a, b))
                .body("speakers.position", contains(1, 2, 3))
                .body("speakers.version", contains(0, 1, 1))
                .body("totalMinutes", equalTo(23));
        assertEquals(3, Rows.count(database, "select count(*) from session_speaker where session_id = ?",
                at.session()));
        // added: a, b, c; moved down: a, b
        await().atMost(TestWaits.DEADLINE).until(() -> events(at).size() == 5);
        List<TopicEvents.Event> published = events(at);
        published.forEach(e -> SPEAKER.assertValid(e.data()));
        assertEquals(List.of(a, b, c, a, b), published.stream().map(e -> e.data().path("speakerId").asText())
                .toList());
        assertEquals(List.of(1, 2, 1, 2, 3), published.stream().map(e -> e.data().path("position").asInt())
                .toList());
        assertEquals("speaker-scheduled", published.get(4).type());

        // the whole order at once
        as("venue").body("{\"speakerIds\":[\"" + b + "\",\"" + c + "\",\"" + a + "\"]}").when()
                .put(at.path() + "/order").then().statusCode(200)
                .body("speakers.id", contains(b, c, a)).body("speakers.position", contains(1, 2, 3));
        assertEquals(1, Rows.count(database, "select count(*) from session_speaker where id = ? and position = 3"
                + " and version = 2", UUID.fromString(a)));
        await().atMost(TestWaits.DEADLINE).until(() -> events(at).size() == 8);

        // a change keeps the place
        as("venue").body(speaker(at.people().get(0), null, "关于老旧小区改造的发言", 12, null)).when()
                .put(at.path() + "/" + a).then().statusCode(200)
                .body("position", equalTo(3)).body("topic", equalTo("关于老旧小区改造的发言"))
                .body("minutes", equalTo(12)).body("version", equalTo(3));

        // c is removed: a moves up
        as("venue").when().delete(at.path() + "/" + c).then().statusCode(204);
        as("venue").when().get(at.path()).then().statusCode(200)
                .body("speakers.id", contains(b, a)).body("speakers.position", contains(1, 2))
                .body("totalMinutes", equalTo(20));
        await().atMost(TestWaits.DEADLINE).until(() -> events(at).size() == 11);
        List<TopicEvents.Event> after = events(at);
        assertEquals("speaker-removed", after.get(9).type());
        assertEquals(c, after.get(9).data().path("speakerId").asText());
        assertEquals(a, after.get(10).data().path("speakerId").asText());
        assertEquals(2, after.get(10).data().path("position").asInt());
        after.forEach(e -> SPEAKER.assertValid(e.data()));
        as("venue").when().delete(at.path() + "/" + c).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        Setting at = setting("发言安排校验会议");
        String a = as("venue").body(speaker(at.people().get(0), null, "发言一", 10, null)).when().post(at.path())
                .then().statusCode(201).extract().path("id");
        String b = as("venue").body(speaker(null, "特邀嘉宾", "发言二", 10, null)).when().post(at.path())
                .then().statusCode(201).extract().path("id");
        String order = at.path() + "/order";
        Meetings.expectProblem(as("venue").body("{\"speakerIds\":[\"" + b + "\"]}").when().put(order).then(), 400,
                "speakerIds", a);
        Meetings.expectProblem(as("venue").body("{\"speakerIds\":[\"" + b + "\",\"" + UUID.randomUUID() + "\"]}")
                .when().put(order).then(), 400, "speakerIds[1]", "not a speaker");
        Meetings.expectProblem(as("venue").body("{\"speakerIds\":[\"" + b + "\",\"" + b + "\",\"" + a + "\"]}")
                .when().put(order).then(), 400, "speakerIds[1]", "twice");
        Meetings.expectProblem(as("venue").body(speaker(at.people().get(1), "某嘉宾", "发言", 5, null)).when()
                .post(at.path()).then(), 400, "guestName", "not both");
        Meetings.expectProblem(as("venue").body(speaker(null, null, "发言", 5, null)).when().post(at.path()).then(),
                400, "attendeeId", "guestName");
        Meetings.expectProblem(as("venue").body(speaker(UUID.randomUUID(), null, "发言", 5, null)).when()
                .post(at.path()).then(), 400, "attendeeId", "not an active attendee");
        Meetings.expectProblem(as("venue").body(speaker(at.people().get(1), null, "发言", 0, null)).when()
                .post(at.path()).then(), 400, "minutes", "");
        Meetings.expectProblem(as("venue").body(speaker(at.people().get(1), null, " ", 5, null)).when()
                .post(at.path()).then(), 400, "topic", "");
        as("registrar").body(speaker(null, "嘉宾", "发言", 5, null)).when().post(at.path()).then().statusCode(403);
        as("venue").body(speaker(null, "嘉宾", "发言", 5, null)).when()
                .put(at.path() + "/" + UUID.randomUUID()).then().statusCode(404);
        as("venue").when().get(at.path()).then().statusCode(200)
                .body("speakers.id", contains(a, b)).body("speakers.version", contains(0, 0));
        assertEquals(2, Rows.count(database, "select count(*) from session_speaker where session_id = ?",
                at.session()));

        // secretariat holds no role in this meeting
        as("secretariat").when().get(at.path()).then().statusCode(404);

        // a cancelled session's speakers stay as they were
        as("venue").header("If-Match", "\"0\"").when().delete("/api/v1/meetings/" + at.meeting() + "/sessions/"
                + at.session()).then().statusCode(204);
        Meetings.expectProblem(as("venue").body(speaker(null, "嘉宾", "发言", 5, null)).when().post(at.path())
                .then(), 409, "sessionId", "cancelled");
        assertEquals(2, Rows.count(database, "select count(*) from session_speaker where session_id = ?",
                at.session()));
    }
}
