package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.DatabaseProxy;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database going away is a 503 that says what to do, never a 500; and when it goes away while a change is being
 * committed, retrying with the same Idempotency-Key gives the committed answer rather than a second record.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DatabaseFailureTest {

    private final DatabaseProxy database = TestInfrastructure.databaseProxy();

    @AfterEach
    void databaseBack() {
        database.restore();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAre503WithRetryAfterAndNothingIsLost() {
        String meeting = Fixtures.meeting("数据库中断会议");
        database.cut();
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Fixtures.attendeeJson("中断时登记", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:huiwu:problem:unavailable"))
                .body("detail", containsString("nothing was changed"));
        given().auth().oauth2(Fixtures.organizer()).header("Accept-Language", "zh-CN")
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(503).body("title", equalTo("服务暂时不可用"));

        database.restore();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200).body("total", equalTo(0)));
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("恢复后登记", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201);
    }

    @Test
    void aCommitWhoseAnswerIsLostIsUnknownAndTheRetryReplaysItInsteadOfRegisteringTwice() {
        String meeting = Fixtures.meeting("提交中断会议");
        String name = "提交" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        String body = Fixtures.attendeeJson(name, "GUEST", null, 1);
        database.loseTheAnswerToTheCommitOf(name);
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(503)
                .header("Retry-After", "5")
                .body("type", equalTo("urn:huiwu:problem:outcome-unknown"))
                .body("detail", containsString("same Idempotency-Key"));
        assertTrue(database.commitAnswerLost(), "the commit reached the server and its answer was dropped");

        String id = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract().path("id");
        int total = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees?q=" + name)
                .then().statusCode(200).extract().path("total");
        assertEquals(1, total, "one attendee, not two");
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/attendees/" + id)
                .then().statusCode(200).body("name", equalTo(name));
    }
}
