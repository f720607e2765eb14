package io.huiwu.logistics.lodging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestRoster;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A meeting whose logistics staff may work in it, and the hotels, floors and rooms the lodging tests build. */
public final class LodgingFixtures {

    private LodgingFixtures() {
    }

    /** A new meeting in which test-logistics and test-organizer hold their roles, once the grants have arrived. */
    public static UUID meeting() {
        UUID meeting = UUID.randomUUID();
        TestGrants.grantAll(meeting, "logistics", "organizer", "registrar");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get("/api/v1/meetings/" + meeting
                + "/hotels").then().statusCode(200));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> as("registrar").get("/api/v1/meetings/" + meeting
                + "/hotels").then().statusCode(200));
        return meeting;
    }

    /**
     * Puts someone on the roster the way registration publishes them and returns their id; the test waits for the
     * copy with {@link #awaitRoster}.
     */
    static UUID person(UUID meeting, String name, String gender, String category, String delegation,
            String grade, Integer gradeLevel) {
        UUID id = UUID.randomUUID();
        ObjectNode entry = TestRoster.entry(meeting, id, 1, name, "ACTIVE")
                .put("gender", gender).put("category", category).put("delegation", delegation)
                .put("grade", grade);
        if (gradeLevel == null) {
            entry.putNull("gradeLevel");
        } else {
            entry.put("gradeLevel", gradeLevel);
        }
        TestRoster.CONTRACT.assertValid(entry);
        TestRoster.publish("attendee-registered", entry);
        return id;
    }

    /** Waits until the roster copy of the meeting holds {@code count} people. */
    public static void awaitRoster(UUID meeting, int count) {
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> logistics().get("/api/v1/meetings/" + meeting
                + "/attendees").then().statusCode(200).body("total", equalTo(count)));
    }

    public static RequestSpecification logistics() {
        return as("logistics");
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.role(role)).contentType("application/json");
    }

    static String hotel(UUID meeting, String name) {
        return logistics().body(Map.of("name", name)).post("/api/v1/meetings/" + meeting + "/hotels").then()
                .statusCode(201).extract().path("id");
    }

    static String building(UUID meeting, String hotel, String name) {
        return logistics().body(Map.of("name", name)).post("/api/v1/meetings/" + meeting + "/hotels/" + hotel
                + "/buildings").then().statusCode(201).extract().path("id");
    }

    static String floor(UUID meeting, String building, int level) {
        return logistics().body(Map.of("level", level)).post("/api/v1/meetings/" + meeting + "/buildings/"
                + building + "/floors").then().statusCode(201).extract().path("id");
    }

    static String room(UUID meeting, String floor, String number, String type, int beds) {
        return logistics().body(Map.of("number", number, "type", type, "beds", beds, "phone", number))
                .post("/api/v1/meetings/" + meeting + "/floors/" + floor + "/rooms").then().statusCode(201)
                .extract().path("id");
    }
}
