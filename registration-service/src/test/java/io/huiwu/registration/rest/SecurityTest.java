package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class SecurityTest {

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/meetings")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:huiwu:problem:unauthenticated"));
    }

    @Test
    void expiredOrForeignTokensAreUnauthorized() {
        given().auth().oauth2(TestTokens.expired("organizer")).when().get("/api/v1/meetings")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.foreign("organizer")).when().get("/api/v1/meetings")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/api/v1/meetings")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrar", "logistics", "venue", "secretariat", "attendee"})
    void onlyOrganizersWrite(String role) {
        given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-02\"}")
                .when().post("/api/v1/meetings")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:forbidden"));
        String meeting = Fixtures.meeting("权限测试会议");
        String attendee = Fixtures.attendee(meeting, "赵六");
        given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("钱七", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.role(role))
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(403);
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().body("status", equalTo("ACTIVE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"organizer", "registrar", "logistics", "venue", "secretariat"})
    void staffRead(String role) {
        String meeting = Fixtures.meeting("读取测试会议");
        given().auth().oauth2(TestTokens.role(role)).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200);
    }

    @Test
    void anAttendeeCannotReadTheRoster() {
        String meeting = Fixtures.meeting("名册保密测试会议");
        given().auth().oauth2(TestTokens.attendee(UUID.randomUUID()))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403);
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
