package io.huiwu.venue.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A session's rostrum (主席台): arranged by protocol, kept, replaced with If-Match and published on venue.seating. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RostrumTest {

    private static final EventContract ROSTRUM = EventContract.of(AsyncApiDocument.OWN, "RostrumArrangement");
    private static final String TOPIC = "venue.seating";
    private static final LocalDate FIRST = LocalDate.of(2030, 3, 5);
    private static final LocalDate LAST = LocalDate.of(2030, 3, 11);
    private static final String[] NAMES = {"赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正"};

    @Inject
    AgroalDataSource database;

    /** A meeting with a plenary session and six active attendees, ranked in the order of {@link #NAMES}. */
    private record Setting(UUID meeting, String session, List<UUID> people) {
        String rostrum() {
            return "/api/v1/meetings/" + meeting + "/sessions/" + session + "/rostrum";
        }
    }

    private Setting setting(String name) {
        UUID meeting = Meetings.meeting(name, FIRST, LAST, database);
        String session = given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(ScheduleTest.body("PLENARY", "开幕会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00",
                        "大礼堂", "[]"))
                .when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .extract().path("id");
        List<UUID> people = new ArrayList<>();
        for (String person : NAMES) {
            UUID id = UUID.randomUUID();
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 0, person, "ACTIVE"));
            people.add(id);
        }
        for (UUID id : people) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        return new Setting(meeting, session, people);
    }

    private static String ids(List<UUID> people) {
        return people.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void theRostrumIsArrangedByProtocolKeptAndPublished() throws Exception {
        Setting at = setting("主席台测试会议");
        List<UUID> p = at.people();
        // five people on rows of 3 and 3: the front row 3 1 2 (左为上), the second row 4 5
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"attendeeIds\":" + ids(p.subList(0, 5)) + ",\"rows\":[3,3]}")
                .when().put(at.rostrum()).then().statusCode(201).header("ETag", "\"0\"")
                .body("side", equalTo("LEFT_IS_HIGHER"))
                .body("evenCount", equalTo("SHARE_THE_CENTRE"))
                .body("rows[0].seats.name", contains("蔡奇", "赵乐际", "王沪宁"))
                .body("rows[0].seats.rank", contains(3, 1, 2))
                .body("rows[0].seats.axisOffset", contains(-2, 0, 2))
                .body("rows[1].seats.name", contains("丁薛祥", "李希"))
                .body("rows[1].seats.rank", contains(4, 5))
                .body("printable[0].text", equalTo("第1排（面向主席台从左至右）：蔡奇\u3000赵乐际\u3000王沪宁"));
        UUID session = UUID.fromString(at.session());
        assertEquals(5, Rows.count(database, "select count(*) from rostrum_seat where session_id = ?", session));
        assertEquals(1, Rows.count(database, "select count(*) from rostrum_seat where session_id = ? and row_no = 1"
                + " and position = 2 and rank = 1 and attendee_id = ?", session, p.get(0)));

        TopicEvents.Event arranged = awaitOne(e -> e.subject().equals(at.session())
                && e.data().path("version").asLong() == 0);
        ROSTRUM.assertValid(arranged.data());
        assertEquals("rostrum-arranged", arranged.type());
        assertEquals(at.session(), arranged.key());
        assertEquals(at.meeting().toString(), arranged.data().path("meetingId").asText());
        assertEquals("LEFT_IS_HIGHER", arranged.data().path("side").asText());
        assertEquals(p.get(2).toString(), arranged.data().path("rows").get(0).path("seats").get(0)
                .path("attendeeId").asText());
        assertEquals(3, arranged.data().path("rows").get(0).path("seats").get(0).path("rank").asInt());
        assertEquals("李希", arranged.data().path("rows").get(1).path("seats").get(1).path("name").asText());

        // replacing it needs the version read
        String mirrored = "{\"attendeeIds\":" + ids(p) + ",\"rows\":[4,2],\"side\":\"RIGHT_IS_HIGHER\","
                + "\"pins\":[{\"attendeeId\":\"" + p.get(4) + "\",\"row\":1,\"position\":1}]}";
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(mirrored).when().put(at.rostrum()).then(), 428, null, "If-Match");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .header("If-Match", "\"7\"").body(mirrored).when().put(at.rostrum()).then(), 412, null,
                "has changed");
        // 右为上 with four in front is 4 2 1 3; 李希 (5) is pinned to the front row's first seat, where 4 would be
        given().auth().oauth2(TestTokens.role("organizer")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(mirrored).when().put(at.rostrum()).then().statusCode(200).header("ETag", "\"1\"")
                .body("side", equalTo("RIGHT_IS_HIGHER"))
                .body("rows[0].seats.name", contains("李希", "王沪宁", "赵乐际", "蔡奇"))
                .body("rows[0].seats.pinned", contains(true, false, false, false))
                .body("rows[0].seats[0].rule", equalTo("pinned by hand"))
                .body("rows[1].seats.name", contains("韩正", "丁薛祥"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(at.rostrum()).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("rowSizes", contains(4, 2))
                .body("printable.names[1]", contains("韩正", "丁薛祥"));
        assertEquals(6, Rows.count(database, "select count(*) from rostrum_seat where session_id = ?", session));
        TopicEvents.Event again = awaitOne(e -> e.subject().equals(at.session())
                && e.data().path("version").asLong() == 1);
        ROSTRUM.assertValid(again.data());
        assertEquals("RIGHT_IS_HIGHER", again.data().path("side").asText());
        assertEquals(true, again.data().path("rows").get(0).path("seats").get(0).path("pinned").asBoolean());
    }

    @Test
    void refusalsNameTheFieldAndChangeNothing() throws Exception {
        Setting at = setting("主席台输入测试会议");
        List<UUID> p = at.people();
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).when().get(at.rostrum()).then(), 404,
                null, "does not exist");
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(at.meeting(), p.get(5), 1, NAMES[5],
                "WITHDRAWN"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + at.meeting() + "/attendees/" + p.get(5)).then().statusCode(404));
        expect(at, "{\"attendeeIds\":" + ids(List.of(p.get(0), p.get(5))) + ",\"rows\":[3]}", "attendeeIds[1]",
                "is not an active attendee");
        expect(at, "{\"attendeeIds\":" + ids(List.of(p.get(0), UUID.randomUUID())) + ",\"rows\":[3]}",
                "attendeeIds[1]", "is not an active attendee");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 5)) + ",\"rows\":[2,2]}", "attendeeIds",
                "lists 5 people, more than the 4 seats");
        expect(at, "{\"attendeeIds\":" + ids(List.of(p.get(0), p.get(1), p.get(0))) + ",\"rows\":[3]}",
                "attendeeIds[2]", "is listed twice");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3],\"pins\":[{\"attendeeId\":\""
                + p.get(1) + "\",\"row\":1,\"position\":4}]}", "pins[0].position", "positions are 1 to 3");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3,3],\"pins\":[{\"attendeeId\":\""
                + p.get(1) + "\",\"row\":2,\"position\":1}]}", "pins[0].row", "row 2 has nobody in it");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3],\"pins\":[{\"attendeeId\":\""
                + p.get(4) + "\",\"row\":1,\"position\":1}]}", "pins[0].attendeeId", "is not among attendeeIds");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3],\"pins\":[{\"attendeeId\":\""
                + p.get(1) + "\",\"row\":1,\"position\":1},{\"attendeeId\":\"" + p.get(2)
                + "\",\"row\":1,\"position\":1}]}", "pins[1].position", "pinned to someone else");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[0]}", "rows[0]", "");
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3],\"side\":\"CENTRE\"}", "side", "");
        expect(at, "{\"attendeeIds\":[],\"rows\":[3]}", "attendeeIds", "");
        assertEquals(0, Rows.count(database, "select count(*) from rostrum_arrangement where session_id = ?",
                UUID.fromString(at.session())));
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body("{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3]}").when().put(at.rostrum())
                .then(), 403, null, "");
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3]}")
                .when().put("/api/v1/meetings/" + at.meeting() + "/sessions/" + UUID.randomUUID() + "/rostrum")
                .then(), 404, null, "does not exist");

        // a cancelled session has no rostrum to arrange
        given().auth().oauth2(TestTokens.role("venue")).header("If-Match", "\"0\"")
                .when().delete("/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session()).then()
                .statusCode(204);
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"attendeeIds\":" + ids(p.subList(0, 3)) + ",\"rows\":[3]}").when().put(at.rostrum())
                .then(), 409, null, "is cancelled");
    }

    @Test
    void withoutRowsTheRostrumTakesThoseOfTheHallsPublishedSeatMap() throws Exception {
        Setting at = setting("主席台排数测试会议");
        List<UUID> p = at.people();
        // the session has no hall yet: rows must be given
        expect(at, "{\"attendeeIds\":" + ids(p.subList(0, 3)) + "}", "rows", "must be given");
        String venues = "/api/v1/meetings/" + at.meeting() + "/venues";
        String venue = given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"name\":\"人民大会堂\"}").when().post(venues).then().statusCode(201).extract().path("id");
        String hall = given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"kind\":\"HALL\",\"name\":\"大礼堂\",\"capacity\":20}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        String map = venues + "/" + venue + "/spaces/" + hall + "/seat-map";
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":4,\"seatsPerRow\":5}]}],"
                        + "\"rostrumRows\":[2,3]}").when().put(map + "/draft").then().statusCode(201);
        given().auth().oauth2(TestTokens.role("venue")).header("If-Match", "\"0\"")
                .when().post(map + "/draft/publish").then().statusCode(200);
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(ScheduleTest.body("PLENARY", "开幕会", "2030-03-05T09:00:00+08:00", "2030-03-05T11:00:00+08:00",
                        "大礼堂", "[]").replace("\"place\":", "\"spaceId\":\"" + hall + "\",\"place\":"))
                .when().put("/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session()).then().statusCode(200);
        // three people on the map's rows of 2 and 3: the front row 1 2, the second row 3 alone
        given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body("{\"attendeeIds\":" + ids(p.subList(0, 3)) + "}")
                .when().put(at.rostrum()).then().statusCode(201)
                .body("rowSizes", contains(2, 3))
                .body("rows[0].seats.name", contains("赵乐际", "王沪宁"))
                .body("rows[1].seats.name", contains("蔡奇"));
    }

    private static void expect(Setting at, String body, String field, String message) {
        Meetings.expectProblem(given().auth().oauth2(TestTokens.role("venue")).contentType(ContentType.JSON)
                .body(body).when().put(at.rostrum()).then(), 400, field, message);
    }

    static TopicEvents.Event awaitOne(Predicate<TopicEvents.Event> filter) {
        List<TopicEvents.Event> found = new ArrayList<>();
        await().atMost(TestWaits.DEADLINE).until(() -> {
            found.clear();
            found.addAll(TopicEvents.inTestCluster().matching(TOPIC, filter));
            return !found.isEmpty();
        });
        assertEquals(1, found.size(), "events on " + TOPIC + ": " + found);
        return found.get(0);
    }
}
