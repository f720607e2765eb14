package io.huiwu.documents.copies;

import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A meeting with an organizer and attendees on the roster replica, and helpers to call documents-service. */
final class CopyFixture {

    final UUID meeting = UUID.randomUUID();
    final String organizer = TestTokens.role("organizer");

    CopyFixture() {
        TestGrants.grant(meeting, "organizer");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/documents").then().statusCode(200));
    }

    String base() {
        return "/api/v1/meetings/" + meeting;
    }

    /** An attendee on registration's roster, once the replica has them. */
    UUID attendee(String name, String category) {
        UUID id = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, id, 1, name, "ACTIVE")
                .put("category", category));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/attendees/" + id).then().statusCode(200));
        return id;
    }

    void withdraw(UUID attendee, String name) {
        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, attendee, 2, name, "WITHDRAWN")
                .put("withdrawn", true));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(organizer)
                .get(base() + "/attendees/" + attendee).then().statusCode(404));
    }

    String document(String title, String secretLevel, Integer termYears) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "issuingBody", "大会秘书处",
                "pages", 12));
        if (secretLevel != null) {
            body.put("secretLevel", secretLevel);
            body.put("termYears", termYears);
        }
        return given().auth().oauth2(organizer).contentType("application/json").body(body)
                .post(base() + "/documents").then().statusCode(201).extract().path("id");
    }

    List<String> copies(String document, int count, String approval) {
        Map<String, Object> body = new HashMap<>(Map.of("count", count));
        if (approval != null) {
            body.put("approval", approval);
        }
        return given().auth().oauth2(organizer).contentType("application/json").body(body)
                .post(base() + "/documents/" + document + "/copies").then().statusCode(201)
                .extract().path("copies.id");
    }

    ValidatableResponse move(String copy, String action, Object body) {
        return given().auth().oauth2(organizer).contentType("application/json").body(body)
                .post(base() + "/copies/" + copy + "/" + action).then();
    }

    ValidatableResponse issue(String copy, UUID holder) {
        return move(copy, "issue", Map.of("holderId", holder.toString(), "receivedBy", "签收人"));
    }

    static TopicEvents.Event awaitEvent(String type, String copy) {
        Predicate<TopicEvents.Event> wanted = e -> e.type().equals(type) && e.subject().equals(copy);
        return await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("documents.copy", wanted), events -> !events.isEmpty()).get(0);
    }
}
