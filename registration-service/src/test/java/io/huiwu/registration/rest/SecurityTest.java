package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void expiredForeignAndMisdirectedTokensAreUnauthorized() {
        for (String token : new String[] {TestTokens.expired("organizer"), TestTokens.foreign("organizer"),
                TestTokens.otherAudience("organizer"), TestTokens.otherIssuer("organizer"), "not-a-token"}) {
            given().auth().oauth2(token).when().get("/api/v1/meetings")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aMissingTokenIsReportedBeforeAnythingElseAboutTheRequest() {
        String meeting = Fixtures.meeting("先认证后检查会议");
        // an upload of the wrong media type, a body that is not JSON, an unknown path: 401 first
        given().contentType("application/x-unknown").body(new byte[] {1, 2, 3})
                .when().post("/api/v1/meetings/" + meeting + "/attendee-imports")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{broken")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(401);
        given().when().get("/api/v1/no-such-thing").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrar", "logistics", "venue", "secretariat"})
    void onlyOrganizersChangeTheRoster(String role) {
        String meeting = Fixtures.meeting("权限测试会议");
        String attendee = Fixtures.attendee(meeting, "赵六");
        given().auth().oauth2(TestTokens.role(role)).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("钱七", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:forbidden"));
        given().auth().oauth2(TestTokens.role(role))
                .when().delete("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(403);
        given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().body("status", equalTo("ACTIVE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"organizer", "registrar", "logistics", "venue", "secretariat"})
    void staffReadTheRosterOfTheirMeeting(String role) {
        String meeting = Fixtures.meeting("读取测试会议");
        given().auth().oauth2(TestTokens.role(role)).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200);
    }

    @Test
    void anOrganizerOfOneMeetingCannotTouchAnother() {
        String mine = Fixtures.meeting("甲会议");
        String other = Fixtures.meeting("乙会议", "organizer-of-b", 2);
        String person = given().auth().oauth2(TestTokens.person("organizer-of-b")).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("孙八", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + other + "/attendees").then().statusCode(201).extract().path("id");
        String outsider = TestTokens.person("organizer-of-a-only");
        Fixtures.grant(mine, "organizer-of-a-only", "organizer");

        given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.attendeeJson("改名", "GUEST", null, 1))
                .when().put("/api/v1/meetings/" + other + "/attendees/" + person)
                .then().statusCode(404).body("detail", equalTo("Meeting " + other + " does not exist"));
        given().auth().oauth2(outsider).when().get("/api/v1/meetings/" + other)
                .then().statusCode(404);
        given().auth().oauth2(outsider).when().get("/api/v1/meetings/" + mine)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.person("organizer-of-b"))
                .when().get("/api/v1/meetings/" + other + "/attendees/" + person)
                .then().body("name", equalTo("孙八")).body("version", equalTo(0));
    }

    @Test
    void anAttendeeTokenBelongsToOneAttendeeOfOneMeeting() {
        String meeting = Fixtures.meeting("名册保密测试会议");
        String other = Fixtures.meeting("另一个会议");
        String own = Fixtures.attendee(meeting, "周九");
        String token = TestTokens.attendee(meeting, own);
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees/me")
                .then().statusCode(200).body("id", equalTo(own));
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/meetings/" + other + "/attendees/me")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.attendee(UUID.fromString(other), UUID.fromString(own)))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + own)
                .then().statusCode(404);
    }

    @Test
    void aStaffRoleInATokenCountsForNothing() {
        String meeting = Fixtures.meeting("令牌角色测试会议");
        String claimsOrganizer = io.huiwu.chassis.testing.TestInfrastructure.tokens().staff("self-made-organizer",
                java.time.Duration.ofHours(1), "organizer");
        given().auth().oauth2(claimsOrganizer).when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(404);
        given().auth().oauth2(claimsOrganizer).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-02\",\"organizer\":\"x\"}")
                .when().post("/api/v1/meetings").then().statusCode(403);
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
