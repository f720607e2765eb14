package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class MeetingResourceTest {

    private static final String BODY = "{\"name\":\"%s\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-24\"}";

    @Test
    void organizerCreatesAMeetingThatStaffCanRead() {
        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(BODY.formatted("省政协十三届三次会议"))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("省政协十三届三次会议"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("startDate", equalTo("2026-01-20"))
                .body("endDate", equalTo("2026-01-24"));

        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings?size=500")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("page", equalTo(0))
                .body("size", equalTo(500))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void creatingAMeetingPublishesMeetingUpdated() {
        String id = Fixtures.meeting("事件测试会议");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.meeting", e -> e.subject().equals(id)).isEmpty());
        var event = TopicEvents.inTestCluster().matching("registration.meeting", e -> e.subject().equals(id)).get(0);
        assertEquals("meeting-updated", event.type());
        assertEquals(id, event.key());
        assertEquals("事件测试会议", event.data().path("name").asText());
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
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"startDate\":\"2026-01-20\",\"endDate\":\"2026-01-19\"}")
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
        String first = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(BODY.formatted(name))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(BODY.formatted(name))
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(BODY.formatted(name + " 另一个"))
                .when().post("/api/v1/meetings")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:idempotency-key-reused"));

        int created = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings?size=500")
                .then().extract().jsonPath().getList("items.name").stream()
                .filter(name::equals).toList().size();
        assertEquals(1, created);
    }

    @Test
    void problemsNeverLeakInternals() {
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
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
