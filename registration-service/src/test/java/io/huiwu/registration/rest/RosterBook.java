package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/**
 * A meeting for the finalised roster's tests: organizer-a registers and edits the entries, registrar-b and
 * registrar-c verify them (two distinct members of staff, neither of them the editor).
 */
final class RosterBook {

    static final String ORGANIZER = TestTokens.person("organizer-a");
    static final String REGISTRAR_B = TestTokens.person("registrar-b");
    static final String REGISTRAR_C = TestTokens.person("registrar-c");

    final String meeting;

    RosterBook(String name) {
        meeting = Fixtures.meeting(name, "organizer-a", 2);
        Fixtures.grant(meeting, "registrar-b", "registrar");
        Fixtures.grant(meeting, "registrar-c", "registrar");
    }

    String path(String tail) {
        return "/api/v1/meetings/" + meeting + tail;
    }

    /** Registers someone; {@code delegation} may be null. */
    String register(String name, String gender, String category, String delegation, String unit, String title) {
        return given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(json(name, gender, category, delegation, unit, title))
                .when().post(path("/attendees"))
                .then().statusCode(201).extract().path("id");
    }

    /** Corrects an entry to the values given, as the organizer; returns its new version. */
    int edit(String id, String name, String gender, String category, String delegation, String unit, String title) {
        int version = given().auth().oauth2(ORGANIZER).when().get(path("/attendees/" + id)).then().statusCode(200)
                .extract().path("version");
        return given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(json(name, gender, category, delegation, unit, title))
                .when().put(path("/attendees/" + id))
                .then().statusCode(200).extract().path("version");
    }

    void withdraw(String id) {
        given().auth().oauth2(ORGANIZER).when().delete(path("/attendees/" + id)).then().statusCode(204);
    }

    /** Both registrars verify the current version of the entry. */
    void verify(String id) {
        int version = given().auth().oauth2(ORGANIZER).when().get(path("/attendees/" + id)).then().statusCode(200)
                .extract().path("version");
        for (String registrar : new String[] {REGISTRAR_B, REGISTRAR_C}) {
            given().auth().oauth2(registrar).header("If-Match", "\"" + version + "\"")
                    .when().post(path("/attendees/" + id + "/verifications")).then().statusCode(200);
        }
    }

    ValidatableResponse finalise(String token, String body) {
        // without a body, as an HTTP client sends a bare POST (RestAssured would otherwise send a form's type)
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(path("/roster/finalisations")).then();
    }

    private static String json(String name, String gender, String category, String delegation, String unit,
            String title) {
        return "{\"name\":\"" + name + "\",\"gender\":\"" + gender + "\",\"category\":\"" + category + "\""
                + (delegation == null ? "" : ",\"delegation\":\"" + delegation + "\"")
                + (unit == null ? "" : ",\"unit\":\"" + unit + "\"")
                + (title == null ? "" : ",\"title\":\"" + title + "\"") + "}";
    }
}
