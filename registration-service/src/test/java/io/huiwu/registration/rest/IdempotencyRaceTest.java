package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests racing with one Idempotency-Key: one effect; every other answer replays it or says to retry (409). */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class IdempotencyRaceTest {

    @Test
    void eightRequestsRacingWithOneKeyRegisterOnePerson() throws Exception {
        String meeting = Fixtures.meeting("幂等竞争会议");
        String name = "竞争" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key).body(Fixtures.attendeeJson(name, "GUEST", null, 1))
                        .when().post("/api/v1/meetings/" + meeting + "/attendees");
            }));
        }
        start.countDown();
        Set<String> created = new java.util.HashSet<>();
        int originals = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                    "201 or 409, not " + response.statusCode() + " " + response.asString());
            if (response.statusCode() == 201) {
                created.add(response.path("id"));
                if (response.getHeader("Idempotent-Replayed") == null) {
                    originals++;
                }
            }
        }
        clients.shutdown();
        assertEquals(1, originals, "one request did the work");
        assertEquals(1, created.size(), "every 201 names the same attendee");
        List<String> named = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees?q=" + name).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(Set.copyOf(created), named.stream().collect(Collectors.toSet()));
    }
}
