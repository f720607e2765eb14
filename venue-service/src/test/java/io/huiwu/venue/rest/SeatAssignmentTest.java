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
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seats of a hall's published map assigned, moved, swapped and released per session or in the standing layout: all
 * or none, guarded by the holder expected, kept in each seat's history and published as registration reads them.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SeatAssignmentTest {

    private static final EventContract SEAT = EventContract.of(AsyncApiDocument.OWN, "SeatArrangement");
    private static final EventContract AS_REGISTRATION_READS = EventContract.of(
            Path.of("../registration-service/asyncapi/asyncapi.yaml"), "SeatArrangement");
    private static final String TOPIC = "venue.seating";
    private static final LocalDate FIRST = LocalDate.of(2030, 4, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 4, 5);

    @Inject
    AgroalDataSource database;

    /** A meeting with a hall of 3 rows of 4 seats published, a session in it and four active attendees. */
    private record Setting(UUID meeting, UUID hall, String map, UUID session, List<UUID> people, UUID withdrawn) {
        String assignments() {
            return map + "/assignments";
        }
    }

    private Setting setting(String name) {
        UUID meeting = Meetings.meeting(name, FIRST, LAST, database);
        String venues = "/api/v1/meetings/" + meeting + "/venues";
        String venue = as("venue").body("{\"name\":\"会议中心\"}").when().post(venues).then().statusCode(201)
                .extract().path("id");
        String hall = as("venue").body("{\"kind\":\"HALL\",\"name\":\"第一会场\",\"capacity\":12}")
                .when().post(venues + "/" + venue + "/spaces").then().statusCode(201).extract().path("id");
        String map = venues + "/" + venue + "/spaces/" + hall + "/seat-map";
        as("venue").body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":3,\"seatsPerRow\":4}]}]}")
                .when().put(map + "/draft").then().statusCode(201);
        as("venue").header("If-Match", "\"0\"").when().post(map + "/draft/publish").then().statusCode(200);
        String session = as("venue").body(ScheduleTest.body("PLENARY", "全体会议", "2030-04-01T09:00:00+08:00",
                "2030-04-01T11:00:00+08:00", "第一会场", "[]").replace("\"place\":", "\"spaceId\":\"" + hall
                + "\",\"place\":")).when().post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .extract().path("id");
        List<UUID> people = new ArrayList<>();
        String[] names = {"张三", "李四", "王五", "赵六"};
        for (String person : names) {
            UUID id = UUID.randomUUID();
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 0, person, "ACTIVE"));
            people.add(id);
        }
        UUID withdrawn = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, withdrawn, 0, "钱七", "WITHDRAWN"));
        for (UUID id : people) {
            await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                    .when().get("/api/v1/meetings/" + meeting + "/attendees/" + id).then().statusCode(200));
        }
        return new Setting(meeting, UUID.fromString(hall), map, UUID.fromString(session), people, withdrawn);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static String assign(UUID person, String seat) {
        return "{\"action\":\"ASSIGN\",\"seatId\":\"" + seat + "\",\"attendeeId\":\"" + person + "\"}";
    }

    private static String batch(UUID session, String... operations) {
        return "{" + (session == null ? "" : "\"sessionId\":\"" + session + "\",") + "\"operations\":["
                + String.join(",", operations) + "]}";
    }

    private long held(Setting at) throws Exception {
        return Rows.count(database, "select count(*) from seat_assignment where hall_id = ?", at.hall());
    }

    @Test
    void seatsAreAssignedMovedSwappedAndReleasedWithHistoryAndEvents() throws Exception {
        Setting at = setting("座位分配测试会议");
        List<UUID> p = at.people();
        // the standing layout: two people, the second guarded by the seat being vacant
        as("venue").body(batch(null, assign(p.get(0), "F1-R1-S1"), "{\"action\":\"ASSIGN\",\"seatId\":\"F1-R1-S2\","
                + "\"attendeeId\":\"" + p.get(1) + "\",\"expectVacant\":true}"))
                .when().post(at.assignments()).then().statusCode(200)
                .body("changed.seatId", contains("F1-R1-S1", "F1-R1-S2"))
                .body("changed.label", contains("一层 1排 1号", "一层 1排 2号"))
                .body("changed.name", contains("张三", "李四"))
                .body("changed[0].sessionId", nullValue());
        assertEquals(1, Rows.count(database, "select count(*) from seat_assignment where hall_id = ? and seat_id ="
                + " 'F1-R1-S1' and session_id is null and attendee_id = ?", at.hall(), p.get(0)));
        TopicEvents.Event first = awaitOne(e -> e.key().equals(p.get(0).toString()));
        assertEquals("seat-assigned", first.type());
        SEAT.assertValid(first.data());
        AS_REGISTRATION_READS.assertValid(first.data());
        assertEquals(at.meeting().toString(), first.data().path("meetingId").asText());
        assertTrue(first.data().path("sessionId").isNull());
        assertEquals("一层 1排 1号", first.data().path("seatLabel").asText());
        assertEquals("F1-R1-S1", first.data().path("seatId").asText());
        assertEquals("第一会场", first.data().path("hall").asText());

        // the same person has a seat of their own in the session's seating
        as("venue").body(batch(at.session(), assign(p.get(0), "F1-R2-S1"))).when().post(at.assignments()).then()
                .statusCode(200).body("changed[0].sessionId", equalTo(at.session().toString()));
        TopicEvents.Event inSession = awaitOne(e -> e.key().equals(p.get(0).toString())
                && e.data().path("sessionId").asText().equals(at.session().toString()));
        AS_REGISTRATION_READS.assertValid(inSession.data());
        assertEquals("一层 2排 1号", inSession.data().path("seatLabel").asText());

        // move 张三 with the holder expected, then swap him with 李四
        as("venue").body(batch(null, "{\"action\":\"MOVE\",\"seatId\":\"F1-R1-S1\",\"toSeatId\":\"F1-R1-S3\","
                + "\"expectedHolder\":\"" + p.get(0) + "\"}", "{\"action\":\"SWAP\",\"seatId\":\"F1-R1-S2\","
                + "\"toSeatId\":\"F1-R1-S3\"}")).when().post(at.assignments()).then().statusCode(200)
                .body("changed.seatId", contains("F1-R1-S1", "F1-R1-S3", "F1-R1-S2"))
                .body("changed.attendeeId", contains(null, p.get(1).toString(), p.get(0).toString()));
        assertEquals(1, Rows.count(database, "select count(*) from seat_assignment where hall_id = ? and seat_id ="
                + " 'F1-R1-S2' and session_id is null and attendee_id = ?", at.hall(), p.get(0)));
        assertEquals(3, held(at));

        // a release guarded by a holder who is no longer there changes nothing
        Meetings.expectProblem(as("venue").body(batch(null, "{\"action\":\"RELEASE\",\"seatId\":\"F1-R1-S2\","
                + "\"expectedHolder\":\"" + p.get(1) + "\"}")).when().post(at.assignments()).then(), 409,
                "operations[0].seatId", "Seat F1-R1-S2 has changed: it is held by " + p.get(0));
        assertEquals(3, held(at));
        as("venue").body(batch(null, "{\"action\":\"RELEASE\",\"seatId\":\"F1-R1-S2\",\"expectedHolder\":\""
                + p.get(0) + "\"}")).when().post(at.assignments()).then().statusCode(200)
                .body("changed[0].attendeeId", nullValue());
        TopicEvents.Event released = awaitOne(e -> e.key().equals(p.get(0).toString())
                && e.type().equals("seat-unassigned"));
        SEAT.assertValid(released.data());
        AS_REGISTRATION_READS.assertValid(released.data());
        assertEquals("一层 1排 2号", released.data().path("seatLabel").asText());
        List<TopicEvents.Event> his = events(e -> e.key().equals(p.get(0).toString())
                && e.type().equals("seat-assigned") && e.data().path("sessionId").isNull());
        assertEquals(List.of("F1-R1-S1", "F1-R1-S3", "F1-R1-S2"), his.stream()
                .map(e -> e.data().path("seatId").asText()).toList());
        assertEquals("F1-R1-S3", his.get(2).data().path("previousSeatId").asText());

        given().auth().oauth2(TestTokens.role("registrar")).when().get(at.assignments()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].seatId", equalTo("F1-R1-S3"))
                .body("items[0].name", equalTo("李四"));
        given().auth().oauth2(TestTokens.role("registrar")).queryParam("sessionId", at.session().toString())
                .when().get(at.assignments()).then().statusCode(200)
                .body("items.seatId", contains("F1-R2-S1"));
        given().auth().oauth2(TestTokens.role("registrar")).when().get(at.assignments() + "/F1-R1-S2/history")
                .then().statusCode(200)
                .body("items.action", contains("ASSIGN", "SWAP", "RELEASE"))
                .body("items.attendeeId", contains(p.get(1).toString(), p.get(0).toString(), null))
                .body("items.previousAttendeeId", contains(null, p.get(1).toString(), p.get(0).toString()));
    }

    @Test
    void aBatchAppliesWholeOrNotAtAllNamingEachFault() throws Exception {
        Setting at = setting("座位批量测试会议");
        List<UUID> p = at.people();
        as("venue").body("{\"seatIds\":[\"F1-R3-S4\"],\"reason\":\"摄像机位\"}").when().post(at.map() + "/blocks")
                .then().statusCode(200);
        var bad = as("venue").body(batch(null, assign(p.get(0), "F1-R1-S1"), assign(p.get(1), "F9-R9-S9"),
                assign(at.withdrawn(), "F1-R1-S2"), assign(p.get(2), "F1-R3-S4"))).when().post(at.assignments()).then();
        Meetings.expectProblem(bad, 400, "operations[1].seatId", "F9-R9-S9 is not a seat of the published seat map");
        bad.body("errors.field", contains("operations[1].seatId", "operations[2].attendeeId",
                "operations[3].seatId"));
        assertEquals(0, held(at));
        var conflicts = as("venue").body(batch(null, assign(p.get(0), "F1-R1-S1"), assign(p.get(1), "F1-R1-S1"),
                assign(p.get(0), "F1-R1-S2"), assign(p.get(2), "F1-R3-S4"),
                "{\"action\":\"RELEASE\",\"seatId\":\"F1-R2-S2\"}")).when().post(at.assignments()).then();
        Meetings.expectProblem(conflicts, 409, "operations[1].seatId", "None of the 5 operations was applied");
        conflicts.body("errors.field", contains("operations[1].seatId", "operations[2].attendeeId",
                "operations[3].seatId", "operations[4].seatId"));
        assertEquals(0, held(at));
        assertEquals(0, Rows.count(database, "select count(*) from seat_assignment_history where hall_id = ?",
                at.hall()));

        Meetings.expectProblem(as("venue").body(batch(UUID.randomUUID(), assign(p.get(0), "F1-R1-S1")))
                .when().post(at.assignments()).then(), 400, "sessionId", "is not a session of this meeting");
        Meetings.expectProblem(as("venue").body(batch(null, "{\"action\":\"MOVE\",\"seatId\":\"F1-R1-S1\"}"))
                .when().post(at.assignments()).then(), 400, "operations[0].toSeatId", "must name a seat");
        Meetings.expectProblem(as("venue").body(batch(null, "{\"action\":\"JUMP\",\"seatId\":\"F1-R1-S1\"}"))
                .when().post(at.assignments()).then(), 400, null, "");
        Meetings.expectProblem(as("venue").body("{\"operations\":[]}").when().post(at.assignments()).then(), 400,
                "operations", "");
        Meetings.expectProblem(as("registrar").body(batch(null, assign(p.get(0), "F1-R1-S1")))
                .when().post(at.assignments()).then(), 403, null, "");
        assertEquals(0, held(at));

        // a cancelled session's seats do not change
        given().auth().oauth2(TestTokens.role("venue")).header("If-Match", "\"0\"")
                .when().delete("/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session()).then()
                .statusCode(204);
        Meetings.expectProblem(as("venue").body(batch(at.session(), assign(p.get(0), "F1-R1-S1")))
                .when().post(at.assignments()).then(), 409, "sessionId", "is cancelled");
        assertEquals(0, held(at));
        assertTrue(events(e -> e.data().path("meetingId").asText().equals(at.meeting().toString())).isEmpty());
    }

    @Test
    void aVersionOfTheMapThatDropsAnAssignedSeatIsNotPublished() throws Exception {
        Setting at = setting("座位图保留测试会议");
        as("venue").body(batch(at.session(), assign(at.people().get(0), "F1-R3-S4"))).when().post(at.assignments())
                .then().statusCode(200);
        as("venue").body("{\"floors\":[{\"floor\":1,\"blocks\":[{\"code\":\"A\",\"rows\":2,\"seatsPerRow\":4}]}]}")
                .when().put(at.map() + "/draft").then().statusCode(201);
        as("venue").when().post(at.map() + "/draft/validate").then().statusCode(200)
                .body("publishable", equalTo(false)).body("heldSeatsLost", contains("F1-R3-S4"));
        Meetings.expectProblem(as("venue").header("If-Match", "\"0\"").when().post(at.map() + "/draft/publish")
                .then(), 409, "seats", "would remove 1 seats that are blocked or assigned: F1-R3-S4 (一层 3排 4号)");
        assertEquals(1, Rows.count(database, "select count(*) from seat_map where hall_id = ? and status ="
                + " 'PUBLISHED'", at.hall()));
        as("venue").body(batch(at.session(), "{\"action\":\"RELEASE\",\"seatId\":\"F1-R3-S4\"}"))
                .when().post(at.assignments()).then().statusCode(200);
        as("venue").header("If-Match", "\"0\"").when().post(at.map() + "/draft/publish").then().statusCode(200)
                .body("number", equalTo(2));
    }

    private static List<TopicEvents.Event> events(Predicate<TopicEvents.Event> filter) {
        return TopicEvents.inTestCluster().matching(TOPIC, e -> !e.type().equals("rostrum-arranged")
                && filter.test(e));
    }

    private static TopicEvents.Event awaitOne(Predicate<TopicEvents.Event> filter) {
        List<TopicEvents.Event> found = new ArrayList<>();
        await().atMost(TestWaits.DEADLINE).until(() -> {
            found.clear();
            found.addAll(events(filter));
            return !found.isEmpty();
        });
        assertEquals(1, found.size(), "events on " + TOPIC + ": " + found);
        return found.get(0);
    }
}
