package io.huiwu.venue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.venue.event.ActivityEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-ups to an activity: confirmed up to its capacity, then a waiting list in order; a withdrawal promotes the
 * first waiting person; signing up twice changes nothing; each change in the database and on venue.activity.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class ActivitySignUpTest {

    private static final EventContract SIGN_UP = EventContract.of(Path.of("asyncapi", "asyncapi.yaml"),
            "ActivitySignUp");
    private static final LocalDate DAY = LocalDate.of(2030, 9, 1);

    @Inject
    AgroalDataSource database;

    private record Setting(UUID meeting, UUID session, String path, List<UUID> people) {
    }

    private Setting setting(String name, int capacity, int people) {
        UUID meeting = Meetings.meeting(name, DAY, DAY, database);
        String session = as("venue").body(activity("观看文艺演出", capacity)).when()
                .post("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(201)
                .body("capacity", equalTo(capacity)).extract().path("id");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            UUID id = UUID.randomUUID();
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 0, "观众" + i, "ACTIVE"));
            ids.add(id);
        }
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue").queryParam("size", 1)
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(200)
                .body("total", equalTo(people)));
        return new Setting(meeting, UUID.fromString(session),
                "/api/v1/meetings/" + meeting + "/sessions/" + session + "/sign-ups", ids);
    }

    static String activity(String name, Integer capacity) {
        return ("{\"kind\":\"ACTIVITY\",\"name\":\"" + name + "\",\"startsAt\":\"2030-09-01T19:30:00+08:00\","
                + "\"endsAt\":\"2030-09-01T21:30:00+08:00\",\"place\":\"人民剧场\"%s}")
                .formatted(capacity == null ? "" : ",\"capacity\":" + capacity);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON);
    }

    private static RequestSpecification asAttendee(Setting at, UUID attendee) {
        return given().auth().oauth2(TestTokens.attendee(at.meeting(), attendee)).contentType(ContentType.JSON);
    }

    private static String of(UUID attendee) {
        return "{\"attendeeId\":\"" + attendee + "\"}";
    }

    /** The activity's events of one type for one person, in the order published (one key: one partition). */
    private static List<JsonNode> events(Setting at, String type, UUID attendee) {
        return TopicEvents.inTestCluster().matching(ActivityEvents.TOPIC, e -> e.key().equals(at.session()
                .toString()) && e.type().equals(type) && e.data().path("attendeeId").asText()
                .equals(attendee.toString())).stream().map(TopicEvents.Event::data).toList();
    }

    private long ordinal(Setting at, UUID person) throws Exception {
        try (var connection = database.getConnection(); var select = connection.prepareStatement(
                "select ordinal from activity_sign_up where session_id = ? and attendee_id = ?")) {
            select.setObject(1, at.session());
            select.setObject(2, person);
            try (var found = select.executeQuery()) {
                assertTrue(found.next(), "no sign-up of " + person);
                return found.getLong(1);
            }
        }
    }

    private long rows(Setting at) throws Exception {
        return Rows.count(database, "select count(*) from activity_sign_up where session_id = ?", at.session());
    }

    @Test
    void placesGoFirstComeThenTheWaitingListAndAWithdrawalPromotesTheFirstWaiting() throws Exception {
        Setting at = setting("文化活动报名会议", 2, 4);
        UUID a = at.people().get(0);
        UUID b = at.people().get(1);
        UUID c = at.people().get(2);
        UUID d = at.people().get(3);
        String first = as("venue").header("Idempotency-Key", UUID.randomUUID().toString()).body(of(a)).when()
                .post(at.path()).then().statusCode(201)
                .header("Location", endsWith("/sign-ups/" + a))
                .body("status", equalTo("CONFIRMED")).body("name", equalTo("观众0"))
                .body("waitingPosition", nullValue()).body("confirmedAt", notNullValue())
                .extract().asString();
        as("organizer").body(of(b)).when().post(at.path()).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        as("venue").body(of(c)).when().post(at.path()).then().statusCode(201)
                .body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1))
                .body("confirmedAt", nullValue());
        // an attendee signs up themself
        asAttendee(at, d).body("{}").when().post(at.path()).then().statusCode(201)
                .body("attendeeId", equalTo(d.toString())).body("status", equalTo("WAITING"))
                .body("waitingPosition", equalTo(2)).body("signedUpBy", notNullValue());
        // signing up again gives the same answer and no second row
        String again = as("organizer").body(of(a)).when().post(at.path()).then().statusCode(200).extract().asString();
        assertEquals(first, again);
        assertEquals(4, rows(at));
        assertEquals(1, Rows.count(database, "select count(*) from activity_sign_up where session_id = ?"
                + " and attendee_id = ?", at.session(), a));

        as("registrar").when().get(at.path()).then().statusCode(200)
                .body("capacity", equalTo(2)).body("confirmedCount", equalTo(2)).body("waitingCount", equalTo(2))
                .body("freePlaces", equalTo(0))
                .body("confirmed.attendeeId", contains(a.toString(), b.toString()))
                .body("waiting.attendeeId", contains(c.toString(), d.toString()))
                .body("waiting.waitingPosition", contains(1, 2));
        // an attendee reads their own sign-up, and nobody else's
        asAttendee(at, d).when().get(at.path() + "/" + d).then().statusCode(200).body("waitingPosition", equalTo(2));
        asAttendee(at, d).when().get(at.path() + "/" + a).then().statusCode(404);
        asAttendee(at, d).body(of(a)).when().post(at.path()).then().statusCode(404);
        asAttendee(at, d).when().delete(at.path() + "/" + a).then().statusCode(404);
        asAttendee(at, d).when().get(at.path()).then().statusCode(403);

        // a withdraws: c, first waiting, is confirmed in the same transaction; d moves up
        asAttendee(at, a).when().delete(at.path() + "/" + a).then().statusCode(204);
        as("venue").when().get(at.path()).then().statusCode(200)
                .body("confirmed.attendeeId", contains(b.toString(), c.toString()))
                .body("waiting.attendeeId", contains(d.toString()))
                .body("waiting.waitingPosition", contains(1));
        assertEquals(1, Rows.count(database, "select count(*) from activity_sign_up where session_id = ?"
                + " and attendee_id = ? and status = 'CONFIRMED' and confirmed_at is not null", at.session(), c));
        assertEquals(0, Rows.count(database, "select count(*) from activity_sign_up where attendee_id = ?", a));
        as("venue").when().get(at.path() + "/" + a).then().statusCode(404);
        as("venue").when().delete(at.path() + "/" + a).then().statusCode(404);

        await().atMost(TestWaits.DEADLINE).until(() -> events(at, ActivityEvents.SIGNED_UP, c).size() == 2
                && events(at, ActivityEvents.WITHDRAWN, a).size() == 1);
        assertEquals(List.of("WAITING", "CONFIRMED"), events(at, ActivityEvents.SIGNED_UP, c).stream()
                .map(e -> e.path("status").asText()).toList());
        assertEquals(List.of("CONFIRMED"), events(at, ActivityEvents.SIGNED_UP, a).stream()
                .map(e -> e.path("status").asText()).toList());
        assertEquals(List.of("WAITING"), events(at, ActivityEvents.SIGNED_UP, d).stream()
                .map(e -> e.path("status").asText()).toList());
        JsonNode withdrawn = events(at, ActivityEvents.WITHDRAWN, a).get(0);
        assertEquals("观看文艺演出", withdrawn.path("activity").asText());
        assertEquals(at.session().toString(), withdrawn.path("sessionId").asText());
        for (UUID person : at.people()) {
            events(at, ActivityEvents.SIGNED_UP, person).forEach(SIGN_UP::assertValid);
        }
        SIGN_UP.assertValid(withdrawn);
    }

    @Test
    void someoneWithdrawnFromTheRosterLeavesTheirActivitiesAndTheFirstWaitingTakesThePlace() throws Exception {
        Setting at = setting("文化活动退会会议", 1, 3);
        UUID a = at.people().get(0);
        UUID b = at.people().get(1);
        UUID c = at.people().get(2);
        for (UUID person : at.people()) {
            as("venue").body(of(person)).when().post(at.path()).then().statusCode(201);
        }
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(at.meeting(), a, 1, "观众0", "WITHDRAWN"));

        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue").when().get(at.path()).then()
                .statusCode(200).body("confirmed.attendeeId", contains(b.toString()))
                .body("waiting.attendeeId", contains(c.toString())).body("waiting.waitingPosition", contains(1)));
        assertEquals(0, Rows.count(database, "select count(*) from activity_sign_up where attendee_id = ?", a));
        assertEquals(1, Rows.count(database, "select count(*) from activity_sign_up where session_id = ?"
                + " and attendee_id = ? and status = 'CONFIRMED' and confirmed_at is not null", at.session(), b));
        await().atMost(TestWaits.DEADLINE).until(() -> events(at, ActivityEvents.WITHDRAWN, a).size() == 1
                && events(at, ActivityEvents.SIGNED_UP, b).size() == 2);
        assertEquals(List.of("WAITING", "CONFIRMED"), events(at, ActivityEvents.SIGNED_UP, b).stream()
                .map(e -> e.path("status").asText()).toList());
        SIGN_UP.assertValid(events(at, ActivityEvents.WITHDRAWN, a).get(0));
        // a later update of someone still on the roster leaves their sign-up alone
        TestRoster.publish("attendee-updated", TestRoster.entry(at.meeting(), c, 1, "观众2", "ACTIVE"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue").when()
                .get("/api/v1/meetings/" + at.meeting() + "/attendees/" + c).then().statusCode(200)
                .body("sourceVersion", equalTo(1)));
        as("venue").when().get(at.path() + "/" + c).then().statusCode(200).body("status", equalTo("WAITING"));
    }

    @Test
    void raisingTheCapacityPromotesTheWaitingAndAnActivityWithSignUpsKeepsItsKind() throws Exception {
        Setting at = setting("文化活动扩容会议", 1, 3);
        for (UUID person : at.people()) {
            as("venue").body(of(person)).when().post(at.path()).then().statusCode(201);
        }
        String session = "/api/v1/meetings/" + at.meeting() + "/sessions/" + at.session();
        as("venue").header("If-Match", "\"0\"").body(activity("观看文艺演出", 2)).when().put(session).then()
                .statusCode(200).body("capacity", equalTo(2));
        as("venue").when().get(at.path()).then().statusCode(200)
                .body("confirmed.attendeeId", contains(at.people().get(0).toString(), at.people().get(1).toString()))
                .body("waiting.attendeeId", contains(at.people().get(2).toString()));
        await().atMost(TestWaits.DEADLINE).until(() -> events(at, ActivityEvents.SIGNED_UP, at.people().get(1))
                .size() == 2);
        // no limit: everyone waiting gets a place
        as("venue").header("If-Match", "\"1\"").body(activity("观看文艺演出", null)).when().put(session).then()
                .statusCode(200).body("capacity", nullValue());
        as("venue").when().get(at.path()).then().statusCode(200)
                .body("confirmedCount", equalTo(3)).body("waiting", empty()).body("freePlaces", nullValue());
        Meetings.expectProblem(as("venue").header("If-Match", "\"2\"").body(activity("观看文艺演出", null)
                .replace("ACTIVITY", "GROUP")).when().put(session).then(), 409, "kind", "sign-ups");
    }

    @Test
    void badSignUpsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        Setting at = setting("文化活动校验会议", 5, 2);
        UUID gone = at.people().get(1);
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(at.meeting(), gone, 1, "观众1", "WITHDRAWN"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("venue")
                .when().get("/api/v1/meetings/" + at.meeting() + "/attendees/" + gone).then().statusCode(404));
        Meetings.expectProblem(as("venue").body(of(gone)).when().post(at.path()).then(), 400, "attendeeId",
                gone.toString());
        Meetings.expectProblem(as("venue").body(of(UUID.randomUUID())).when().post(at.path()).then(), 400,
                "attendeeId", "not an active attendee");
        Meetings.expectProblem(as("venue").body("{}").when().post(at.path()).then(), 400, "attendeeId",
                "must name");
        Meetings.expectProblem(as("venue").body("{\"attendeeId\":\"nobody\"}").when().post(at.path()).then(), 400,
                null, "");
        assertEquals(0, rows(at));

        // capacity is for an activity; a session of another kind takes no sign-ups
        String sessions = "/api/v1/meetings/" + at.meeting() + "/sessions";
        Meetings.expectProblem(as("venue").body(activity("分组讨论", 10).replace("ACTIVITY", "GROUP")
                .replace("人民剧场", "第二会议室")).when().post(sessions).then(), 400, "capacity", "ACTIVITY");
        Meetings.expectProblem(as("venue").body(activity("观看文艺演出", 0).replace("人民剧场", "第三会议室"))
                .when().post(sessions).then(), 400, "capacity", "");
        String group = as("venue").body(activity("分组讨论", null).replace("ACTIVITY", "GROUP")
                .replace("人民剧场", "第二会议室")).when().post(sessions).then().statusCode(201).extract().path("id");
        Meetings.expectProblem(as("venue").body(of(at.people().get(0))).when().post(sessions + "/" + group
                + "/sign-ups").then(), 409, "sessionId", "not an activity");
        as("venue").body(of(at.people().get(0))).when().post(sessions + "/" + UUID.randomUUID() + "/sign-ups")
                .then().statusCode(404);

        // a cancelled activity's sign-ups do not change
        as("venue").header("If-Match", "\"0\"").when().delete(sessions + "/" + at.session()).then().statusCode(204);
        Meetings.expectProblem(as("venue").body(of(at.people().get(0))).when().post(at.path()).then(), 409,
                "sessionId", "cancelled");
        assertEquals(0, rows(at));
    }

    /**
     * 60 people sign up to 20 places at once, from a pool of clients, some of them twice: exactly 20 places given,
     * 40 waiting in one strict order, nobody twice.
     */
    @Test
    void concurrentSignUpsGiveEveryPlaceOnceAndWaitInOneOrder() throws Exception {
        int capacity = 20;
        int people = 60;
        Setting at = setting("文化活动并发报名会议", capacity, people);
        List<UUID> requests = new ArrayList<>(at.people());
        requests.addAll(at.people().subList(0, 10));
        ExecutorService clients = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        try {
            for (UUID person : requests) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return as("venue").body(of(person)).when().post(at.path()).then().extract();
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                int status = answer.get().statusCode();
                assertTrue(status == 201 || status == 200, "status " + status + ": " + answer.get().asString());
                if (status == 201) {
                    created++;
                    // each answer agrees with the order kept: the first 20 confirmed, the rest waiting by it
                    UUID person = UUID.fromString(answer.get().path("attendeeId"));
                    long ordinal = ordinal(at, person);
                    if (ordinal <= capacity) {
                        assertEquals("CONFIRMED", answer.get().path("status"));
                    } else {
                        assertEquals("WAITING", answer.get().path("status"));
                        assertEquals(ordinal - capacity, answer.get().<Integer>path("waitingPosition").longValue());
                    }
                }
            }
            assertEquals(people, created);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(people, rows(at));
        assertEquals(capacity, Rows.count(database, "select count(*) from activity_sign_up where session_id = ?"
                + " and status = 'CONFIRMED'", at.session()));
        assertEquals(people - capacity, Rows.count(database, "select count(*) from activity_sign_up"
                + " where session_id = ? and status = 'WAITING'", at.session()));
        // the places went to the first 20 in the order of signing up, which runs 1..60 without a gap
        assertEquals(people, Rows.count(database, "select count(distinct ordinal) from activity_sign_up"
                + " where session_id = ? and ordinal between 1 and ?", at.session(), people));
        assertEquals(capacity, Rows.count(database, "select count(*) from activity_sign_up where session_id = ?"
                + " and status = 'CONFIRMED' and ordinal <= ?", at.session(), capacity));
        ExtractableResponse<Response> roll = as("venue").when().get(at.path()).then().statusCode(200)
                .body("confirmedCount", equalTo(capacity)).body("waitingCount", equalTo(people - capacity))
                .extract();
        List<Integer> positions = roll.path("waiting.waitingPosition");
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= people - capacity; i++) {
            expected.add(i);
        }
        assertEquals(expected, positions);
        List<String> everyone = new ArrayList<>(roll.<List<String>>path("confirmed.attendeeId"));
        everyone.addAll(roll.path("waiting.attendeeId"));
        Set<String> distinct = new HashSet<>(everyone);
        assertEquals(people, distinct.size());
        assertEquals(people, everyone.size());
    }
}
