package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.TestTokens;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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

    /**
     * Verifies every active entry of the meeting (up to 500) at its current version, once by each of the given
     * members of staff, through the bulk endpoint; none of them may have made an entry, and each must hold
     * organizer or registrar in the meeting.
     */
    public static void verifyAll(String meetingId, String... verifierSubjects) {
        List<Map<String, Object>> entries = given().auth().oauth2(organizer())
                .when().get("/api/v1/meetings/" + meetingId + "/attendees?size=500")
                .then().statusCode(200).extract().path("items");
        StringBuilder body = new StringBuilder("{\"entries\":[");
        for (Map<String, Object> entry : entries) {
            body.append(body.charAt(body.length() - 1) == '[' ? "" : ",").append("{\"attendeeId\":\"")
                    .append(entry.get("id")).append("\",\"version\":").append(entry.get("version")).append('}');
        }
        body.append("]}");
        for (String verifier : verifierSubjects) {
            given().auth().oauth2(TestTokens.person(verifier)).contentType(ContentType.JSON).body(body.toString())
                    .when().post("/api/v1/meetings/" + meetingId + "/attendees/verifications")
                    .then().statusCode(200).body("refused", equalTo(0));
        }
    }

    public static String attendee(String meetingId, String name) {
        return given().auth().oauth2(organizer()).contentType(ContentType.JSON)
                .body(attendeeJson(name, "ATTENDEE", "长安区代表团", 5))
                .when().post("/api/v1/meetings/" + meetingId + "/attendees")
                .then().statusCode(201)
                .extract().path("id");
    }
}
