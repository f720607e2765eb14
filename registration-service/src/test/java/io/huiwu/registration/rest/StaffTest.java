package io.huiwu.registration.rest;

import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Grants: who works on a meeting in which role, managed by its organizers and published to every service. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class StaffTest {

    private static final EventContract ACCESS = EventContract.of(
            AsyncApiDocument.OWN, "StaffGrant");

    private static String grantBody(String subject, String role) {
        return "{\"subject\":\"" + subject + "\",\"role\":\"" + role + "\",\"displayName\":\"新同事\"}";
    }

    @Test
    void anOrganizerGrantsARoleThatWorksAtOnceAndIsPublished() {
        String meeting = Fixtures.meeting("授权测试会议");
        String newcomer = TestTokens.person("newcomer");
        given().auth().oauth2(newcomer).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(404);

        String grant = given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(grantBody("newcomer", "REGISTRAR"))
                .when().post("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(201)
                .header("Location", containsString("/staff/"))
                .body("subject", equalTo("newcomer"))
                .body("role", equalTo("REGISTRAR"))
                .body("grantedBy", equalTo("test-organizer"))
                .extract().path("id");
        given().auth().oauth2(newcomer).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200);
        given().auth().oauth2(newcomer).when().get("/api/v1/meetings/" + meeting + "/staff/me")
                .then().statusCode(200).body("roles", contains("REGISTRAR")).body("administrator", equalTo(false));
        // a registrar reads, but does not change the roster
        given().auth().oauth2(newcomer).contentType(ContentType.JSON)
                .body(Fixtures.attendeeJson("吴十", "GUEST", null, 1))
                .when().post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(403);

        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("registration.access", e -> e.data().path("grantId").asText().equals(grant)).size() == 1);
        var granted = TopicEvents.inTestCluster()
                .matching("registration.access", e -> e.data().path("grantId").asText().equals(grant)).get(0);
        assertEquals("staff-granted", granted.type());
        assertEquals(meeting, granted.key());
        assertEquals("registrar", granted.data().path("role").asText());
        ACCESS.assertValid(granted.data());

        given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/staff/" + grant)
                .then().statusCode(204);
        given().auth().oauth2(newcomer).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(404);
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster()
                .matching("registration.access", e -> e.data().path("grantId").asText().equals(grant)).size() == 2);
        var revoked = TopicEvents.inTestCluster()
                .matching("registration.access", e -> e.data().path("grantId").asText().equals(grant)).get(1);
        assertEquals("staff-revoked", revoked.type());
        assertEquals(false, revoked.data().path("active").asBoolean());
        assertEquals(2, revoked.data().path("version").asInt());
        ACCESS.assertValid(revoked.data());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown role       | {"subject":"someone","role":"CHAIRMAN"}          | role    | use one of ORGANIZER
            lower-case role    | {"subject":"someone","role":"organizer"}         | role    | use one of ORGANIZER
            missing role       | {"subject":"someone"}                            | role    | must not be null
            missing subject    | {"role":"VENUE"}                                 | subject | must not be null
            subject with space | {"subject":"张 三","role":"VENUE"}                | subject | must be a token subject
            empty subject      | {"subject":"","role":"VENUE"}                    | subject | must be a token subject
            attendee role      | {"subject":"someone","role":"ATTENDEE"}          | role    | use one of ORGANIZER
            """)
    void badGrantsAreRefusedAndChangeNothing(String label, String body, String field, String message) {
        String meeting = Fixtures.meeting("授权校验会议");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/staff")
                .then().body("total", equalTo(5));
    }

    @Test
    void aDuplicateGrantIsAConflict() {
        String meeting = Fixtures.meeting("重复授权会议");
        given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                .body(grantBody("test-venue", "VENUE"))
                .when().post("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already holds the role venue"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting + "/staff?role=VENUE")
                .then().body("total", equalTo(1));
    }

    @Test
    void theLastOrganizerCannotBeRevoked() {
        String meeting = Fixtures.meeting("最后组织者会议");
        List<String> organizers = given().auth().oauth2(Fixtures.organizer())
                .when().get("/api/v1/meetings/" + meeting + "/staff?role=ORGANIZER")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(1, organizers.size());
        given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/staff/" + organizers.get(0))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("last organizer"));
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(200);

        // with a second organizer, the first may go; the second then is the last
        String second = Fixtures.grant(meeting, "second-organizer", "organizer");
        given().auth().oauth2(TestTokens.person("second-organizer"))
                .when().delete("/api/v1/meetings/" + meeting + "/staff/" + organizers.get(0))
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.person("second-organizer"))
                .when().delete("/api/v1/meetings/" + meeting + "/staff/" + second)
                .then().statusCode(409);
        given().auth().oauth2(Fixtures.organizer()).when().get("/api/v1/meetings/" + meeting)
                .then().statusCode(404);
    }

    @Test
    void onlyOrganizersAndAdministratorsManageStaff() {
        String meeting = Fixtures.meeting("管理授权会议");
        given().auth().oauth2(TestTokens.role("registrar")).contentType(ContentType.JSON)
                .body(grantBody("friend", "ORGANIZER"))
                .when().post("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.role("registrar")).when().get("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(200).body("total", equalTo(5));
        // an administrator names a new organizer, but reads nothing else of the meeting
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body(grantBody("replacement", "ORGANIZER"))
                .when().post("/api/v1/meetings/" + meeting + "/staff")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.administrator()).when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(403);
    }

    @Test
    void unknownGrantsAndMeetingsAreNotFound() {
        String meeting = Fixtures.meeting("未知授权会议");
        given().auth().oauth2(Fixtures.organizer())
                .when().delete("/api/v1/meetings/" + meeting + "/staff/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.administrator()).contentType(ContentType.JSON)
                .body(grantBody("someone", "VENUE"))
                .when().post("/api/v1/meetings/" + java.util.UUID.randomUUID() + "/staff")
                .then().statusCode(404).body("detail", containsString("does not exist"));
    }
}
