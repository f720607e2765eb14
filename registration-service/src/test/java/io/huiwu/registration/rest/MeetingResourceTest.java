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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class MeetingResourceTest {

    private static final EventContract PHASE_EVENTS = EventContract.of(AsyncApiDocument.OWN,
            "MeetingPhaseChange");
    private static final String BODY = "{\"name\":\"%s\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-24\"}";
    private static final String NEW = "{\"name\":\"%s\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-24\","
            + "\"organizer\":\"test-organizer\"}";

    @Test
    void anAdministratorCreatesAMeetingAndItsFirstOrganizerRunsIt() {
        String id = given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"省政协十三届三次会议\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-24\","
                        + "\"organizer\":\"first-organizer\",\"organizerName\":\"会务组长\"}")
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("省政协十三届三次会议"))
                .body("version", equalTo(0))
                .extract().path("id");

        String first = TestTokens.person("first-organizer");
        given().auth().oauth2(first).when().get("/api/v1/meetings/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("startDate", equalTo("2026-01-20"))
                .body("endDate", equalTo("2026-01-24"));
        given().auth().oauth2(first).when().get("/api/v1/meetings/" + id + "/staff")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].subject", equalTo("first-organizer"))
                .body("items[0].role", equalTo("ORGANIZER"))
                .body("items[0].displayName", equalTo("会务组长"))
                .body("items[0].grantedBy", equalTo("test-administrator"));
        // nobody else has a role in it yet
        given().auth().oauth2(TestTokens.role("registrar")).when().get("/api/v1/meetings/" + id)
                .then().statusCode(404);

        given().auth().oauth2(first).when().get("/api/v1/meetings?size=500")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("page", equalTo(0))
                .body("size", equalTo(500))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void onlyAnAdministratorCreatesMeetings() {
        Fixtures.meeting("已有会议");
        for (String token : new String[] {Fixtures.organizer(), TestTokens.role("registrar"),
                TestTokens.attendee(UUID.randomUUID(), UUID.randomUUID())}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(NEW.formatted("越权会议"))
                    .when().post("/api/v1/meetings")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:huiwu:problem:forbidden"));
        }
    }

    @Test
    void everyoneListsOnlyTheMeetingsTheyWorkOn() {
        String mine = Fixtures.meeting("我的会议");
        String theirs = Fixtures.meeting("别人的会议", "other-organizer", 2);
        Fixtures.grant(theirs, "only-there", "venue");

        given().auth().oauth2(TestTokens.person("only-there")).when().get("/api/v1/meetings?size=500")
                .then().statusCode(200).body("items.id", contains(theirs)).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.person("nobody-yet")).when().get("/api/v1/meetings")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.person("other-organizer")).when().get("/api/v1/meetings?size=500")
                .then().body("items.id", hasItem(theirs)).body("items.id", not(hasItem(mine)));
        given().auth().oauth2(TestTokens.attendee(UUID.fromString(mine), UUID.randomUUID()))
                .when().get("/api/v1/meetings").then().body("items.id", contains(mine));
        given().auth().oauth2(TestTokens.administrator()).when().get("/api/v1/meetings?size=500")
                .then().body("items.id", hasItems(mine, theirs));
    }

    @Test
    void creatingAMeetingPublishesMeetingUpdated() {
        String id = Fixtures.meeting("事件测试会议");
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.meeting", e -> e.subject().equals(id)).isEmpty());
        var event = TopicEvents.inTestCluster().matching("registration.meeting", e -> e.subject().equals(id)).get(0);
        assertEquals("meeting-updated", event.type());
        assertEquals(id, event.key());
        assertEquals("事件测试会议", event.data().path("name").asText());
    }

    @Test
    void aMeetingMovesThroughItsPhasesOneAtATimeAndEachMoveIsPublished() {
        String id = Fixtures.meeting("阶段测试会议");
        String phase = "/api/v1/meetings/" + id + "/phase";
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + id)
                .then().body("phase", equalTo("PREPARING"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"phase\":\"CLOSING\"}").when().put(phase)
                .then().statusCode(409).body("detail", containsString("IN_SESSION"));
        given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body("{\"phase\":\"IN_SESSION\"}").when().put(phase)
                .then().statusCode(403);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"phase\":\"SOMEWHERE\"}").when().put(phase).then().statusCode(400);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"phase\":\"IN_SESSION\"}").when().put(phase)
                .then().statusCode(200).header("ETag", "\"1\"").body("phase", equalTo("IN_SESSION"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"phase\":\"CLOSING\"}").when().put(phase).then().statusCode(412);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"phase\":\"PREPARING\"}").when().put(phase)
                .then().statusCode(409).body("detail", containsString("never back"));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"phase\":\"CLOSING\"}").when().put(phase).then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"phase\":\"CLOSED\"}").when().put(phase).then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"phase\":\"CLOSED\"}").when().put(phase)
                .then().statusCode(409).body("detail", containsString("closed"));

        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(id) && e.type().equals("meeting-phase-changed")).size() >= 3);
        var changes = TopicEvents.inTestCluster().matching("registration.meeting",
                e -> e.subject().equals(id) && e.type().equals("meeting-phase-changed"));
        assertEquals(3, changes.size());
        assertEquals(List.of("IN_SESSION", "CLOSING", "CLOSED"),
                changes.stream().map(e -> e.data().path("phase").asText()).toList());
        assertEquals("PREPARING", changes.get(0).data().path("previousPhase").asText());
        assertEquals("test-organizer", changes.get(0).data().path("changedBy").asText());
        changes.forEach(e -> PHASE_EVENTS.assertValid(e.data()));
    }

    @Test
    void changingTheDatesOfAnApprovedMeetingSendsItsPlanBackForApproval() {
        String id = Fixtures.meeting("改期测试会议");
        String plan = "/api/v1/meetings/" + id + "/plan";
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .when().post(plan + "/submit").then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .when().post(plan + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        // a new name alone needs no approval; new dates do
        String etag = given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + id)
                .then().extract().header("ETag");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"改期测试会议（第二次）\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\"}")
                .when().put("/api/v1/meetings/" + id).then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).when().get(plan).then().body("status", equalTo("APPROVED"));
        etag = given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + id)
                .then().extract().header("ETag");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"改期测试会议（第二次）\",\"startDate\":\"2026-03-08\",\"endDate\":\"2026-03-12\"}")
                .when().put("/api/v1/meetings/" + id).then().statusCode(200);
        given().auth().oauth2(Fixtures.organizer()).when().get(plan).then()
                .body("status", equalTo("SUBMITTED")).body("action", equalTo("DATES_CHANGED"))
                .body("comment", containsString("2026-03-08"));
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = Fixtures.meeting("版本测试会议");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(BODY.formatted("改名后的会议"))
                .when().put("/api/v1/meetings/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(BODY.formatted("改名后的会议"))
                .when().put("/api/v1/meetings/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("改名后的会议"));

        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(BODY.formatted("又一次改名"))
                .when().put("/api/v1/meetings/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("changed since you read it"));

        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + id)
                .then().body("name", equalTo("改名后的会议"));
    }

    @Test
    void endBeforeStartIsRefusedOnCreateAndUpdate() {
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-19\","
                        + "\"organizer\":\"test-organizer\"}")
                .when().post("/api/v1/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("endDate"))
                .body("errors[0].message", equalTo("must not be before startDate"));

        String id = Fixtures.meeting("日期测试会议");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"name\":\"x\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-19\"}")
                .when().put("/api/v1/meetings/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void unknownMeetingIsNotFound() {
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String name = "幂等会议-" + key;
        String first = given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(NEW.formatted(name))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(NEW.formatted(name))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(NEW.formatted(name + " 另一个"))
                .when().post("/api/v1/meetings")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:idempotency-key-reused"));

        int created = given().auth().oauth2(TestTokens.administrator())
                .when().get("/api/v1/meetings?size=500")
                .then().extract().jsonPath().getList("items.name").stream()
                .filter(name::equals).toList().size();
        assertEquals(1, created);
    }

    @Test
    void problemsNeverLeakInternals() {
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":")
                .when().post("/api/v1/meetings")
                .then().statusCode(400)
                .body(org.hamcrest.Matchers.not(containsString("Exception")))
                .body(org.hamcrest.Matchers.not(containsString("java.")))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/meetings"));
    }
}
