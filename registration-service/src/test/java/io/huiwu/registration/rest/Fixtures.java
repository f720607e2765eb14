package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.TestTokens;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Creates what tests need through the public API. */
public final class Fixtures {

    /** The staff roles the tests' standard people ({@code test-<role>}) hold in every meeting made here. */
    private static final String[] STANDARD_ROLES = {"registrar", "logistics", "venue", "secretariat"};

    private Fixtures() {
    }

    /** The token of {@code test-organizer}, the organizer of every meeting made by {@link #meeting(String)}. */
    public static String organizer() {
        return TestTokens.role("organizer");
    }

    /** A meeting whose organizer is test-organizer, where each test-ROLE holds ROLE. */
    public static String meeting(String name) {
        return meeting(name, TestTokens.subjectOf("organizer"), 2);
    }

    /**
     * A meeting created by an administrator with the given first organizer, where test-organizer and each other
     * test-ROLE also hold their roles.
     */
    public static String meeting(String name, String organizer, int requiredVerifications) {
        String meeting = given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"requiredVerifications\":" + requiredVerifications + ",\"organizer\":\"" + organizer
                        + "\"}")
                .when().post("/api/v1/meetings")
                .then().statusCode(201)
                .extract().path("id");
        if (!organizer.equals(TestTokens.subjectOf("organizer"))) {
            grant(meeting, TestTokens.subjectOf("organizer"), "organizer");
        }
        for (String role : STANDARD_ROLES) {
            grant(meeting, TestTokens.subjectOf(role), role);
        }
        return meeting;
    }

    /** Gives someone a role in the meeting, as its organizer. */
    public static String grant(String meeting, String subject, String role) {
        return given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body("{\"subject\":\"" + subject + "\",\"role\":\"" + role.toUpperCase() + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/staff")
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
