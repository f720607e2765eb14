package io.huiwu.registration.checkin;

import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.registration.rest.Fixtures;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A meeting with people, credentials and check-in points, built through the API. */
final class CheckInFixture {

    static final String ORGANIZER = TestTokens.person("organizer-a");
    static final String REGISTRAR = TestTokens.person("desk-clerk");

    final String meeting;
    final Map<String, String> people = new java.util.HashMap<>();
    final Map<String, String> payloads = new java.util.HashMap<>();
    final Map<String, String> credentials = new java.util.HashMap<>();
    final String attendeeType;
    final String nonVotingType;
    final String desk;
    final String hall;
    /** The token of the registered device at the desk and the hall door. */
    final String gate;

    CheckInFixture() {
        meeting = Fixtures.meeting("报到测试会议", "organizer-a", 2);
        Fixtures.grant(meeting, "desk-clerk", "registrar");
        person("王芳", "ATTENDEE", "长安区代表团");
        person("李强", "ATTENDEE", "雁塔区代表团");
        person("张敏", "NON_VOTING", "长安区代表团");
        person("赵磊", "ATTENDEE", "雁塔区代表团");
        // only verified entries get credentials: two registrars, neither the organizer who made them, vouch for all
        Fixtures.verifyAll(meeting, "desk-clerk", TestTokens.subjectOf("registrar"));
        attendeeType = type("出席证", "#C8102E", "CX", "ATTENDEE");
        nonVotingType = type("列席证", "#1F4E9E", "LX", "NON_VOTING");
        issueAll(attendeeType);
        issueAll(nonVotingType);
        List<Map<String, Object>> issued = given().auth().oauth2(ORGANIZER)
                .when().get("/api/v1/meetings/" + meeting + "/credentials").then().statusCode(200)
                .extract().path("items");
        for (Map<String, Object> credential : issued) {
            payloads.put((String) credential.get("attendeeName"), (String) credential.get("payload"));
            credentials.put((String) credential.get("attendeeName"), (String) credential.get("id"));
        }
        desk = list("大会报到处", "DESK", "[\"ATTENDEE\",\"NON_VOTING\"]", false, false, null, null);
        hall = list("主会场东门", "DOOR", "[\"ATTENDEE\"]", true, true, null, null);
        gate = device("报到处-1号机", desk, hall);
    }

    /** Registers a check-in device for these lists; returns its token. */
    String device(String name, String... lists) {
        return given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"listIds\":[\"" + String.join("\",\"", lists) + "\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/devices").then().statusCode(201)
                .extract().path("token");
    }

    String person(String name, String category, String delegation) {
        String id = given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"" + category
                        + "\",\"delegation\":\"" + delegation + "\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201).extract().path("id");
        people.put(name, id);
        return id;
    }

    String type(String name, String colour, String prefix, String category) {
        return given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"colour\":\"" + colour + "\",\"prefix\":\"" + prefix
                        + "\",\"categories\":[\"" + category + "\"]}")
                .when().post("/api/v1/meetings/" + meeting + "/credential-types").then().statusCode(201)
                .extract().path("id");
    }

    void issueAll(String type) {
        given().auth().oauth2(ORGANIZER).when().post("/api/v1/meetings/" + meeting + "/credential-types/" + type
                + "/issue-all").then().statusCode(200);
    }

    String list(String name, String kind, String categories, boolean reentry, boolean exits, String opensAt,
            String closesAt) {
        return given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"categories\":" + categories
                        + ",\"allowReentry\":" + reentry + ",\"trackExit\":" + exits
                        + (opensAt == null ? "" : ",\"opensAt\":\"" + opensAt + "\"")
                        + (closesAt == null ? "" : ",\"closesAt\":\"" + closesAt + "\"") + "}")
                .when().post("/api/v1/meetings/" + meeting + "/checkin/lists").then().statusCode(201)
                .extract().path("id");
    }

    static String scan(String list, String payload, String direction, String nonce) {
        return "{\"listId\":\"" + list + "\",\"secret\":\"" + payload + "\",\"direction\":\"" + direction
                + "\",\"nonce\":\"" + nonce + "\"}";
    }

    io.restassured.response.ValidatableResponse redeem(String list, String person, String direction) {
        return redeemBody(scan(list, payloads.get(person), direction, UUID.randomUUID().toString()));
    }

    io.restassured.response.ValidatableResponse redeemBody(String body) {
        return given().auth().oauth2(REGISTRAR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/checkin/redeem").then();
    }

    /** A scan from a registered device, which names itself with its token. */
    io.restassured.response.ValidatableResponse redeemFrom(String deviceToken, String body) {
        return given().auth().oauth2(REGISTRAR).contentType(ContentType.JSON).header("X-Device-Token", deviceToken)
                .body(body).when().post("/api/v1/meetings/" + meeting + "/checkin/redeem").then();
    }
}
