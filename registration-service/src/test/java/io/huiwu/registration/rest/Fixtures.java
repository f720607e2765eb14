package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.TestTokens;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Creates what tests need through the public API. */
public final class Fixtures {

    private Fixtures() {
    }

    static String organizer() {
        return TestTokens.role("organizer");
    }

    public static String meeting(String name) {
        return given().auth().oauth2(organizer()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\"}")
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String attendeeJson(String name, String category, String delegation, int rank) {
        return "{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"" + category + "\",\"delegation\":"
                + (delegation == null ? "null" : "\"" + delegation + "\"")
                + ",\"unit\":\"省发展改革委\",\"title\":\"主任\",\"rank\":" + rank + "}";
    }

    public static String attendee(String meetingId, String name) {
        return given().auth().oauth2(organizer()).contentType(ContentType.JSON)
                .body(attendeeJson(name, "ATTENDEE", "长安区代表团", 5))
                .when().post("/api/v1/meetings/" + meetingId + "/attendees")
                .then().statusCode(201)
                .extract().path("id");
    }
}
