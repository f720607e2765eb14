package io.huiwu.registration.rest;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.AsyncApiDocument;
import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Verifying the roster a page at a time, and an organizer's override of one entry: the rules of verification hold
 * for each entry, refusals change nothing, and a version that becomes final publishes attendee-verified.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class VerificationTest {

    private static final EventContract ATTENDEE_EVENTS = EventContract.of(AsyncApiDocument.OWN, "AttendeeSnapshot");
    private static final String ORGANIZER_A = TestTokens.person("organizer-a");
    private static final String ORGANIZER_D = TestTokens.person("organizer-d");
    private static final String REGISTRAR_B = TestTokens.person("registrar-b");
    private static final String REGISTRAR_C = TestTokens.person("registrar-c");

    @Inject
    AgroalDataSource dataSource;

    /** A meeting organised by organizer-a (who registers everyone), with organizer-d, registrar-b and -c. */
    private static String meeting() {
        String meeting = Fixtures.meeting("核对把关会议", "organizer-a", 2);
        Fixtures.grant(meeting, "organizer-d", "organizer");
        Fixtures.grant(meeting, "registrar-b", "registrar");
        Fixtures.grant(meeting, "registrar-c", "registrar");
        return meeting;
    }

    private static String register(String meeting, String name) {
        return given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).extract().path("id");
    }

    private static String entry(String attendeeId, Object version) {
        return "{\"attendeeId\":\"" + attendeeId + "\",\"version\":" + version + "}";
    }

    private static ValidatableResponse bulk(String token, String meeting, String... entries) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"entries\":[" + String.join(",", entries) + "]}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees/verifications").then();
    }

    private static ValidatableResponse override(String token, String meeting, String attendee, String ifMatch,
            String reason) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/meetings/" + meeting + "/attendees/" + attendee
                + "/verification-override").then();
    }

    @Test
    void aPageOfEntriesIsVerifiedInOneCallWithAnOutcomeForEach() throws SQLException {
        String meeting = meeting();
        String wang = register(meeting, "王芳");
        String li = register(meeting, "李娜");
        String zhang = register(meeting, "张敏");
        String zhao = register(meeting, "赵丽");
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"张敏敏\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + zhang).then().statusCode(200);
        given().auth().oauth2(ORGANIZER_A).when().delete("/api/v1/meetings/" + meeting + "/attendees/" + zhao)
                .then().statusCode(204);
        String unknown = UUID.randomUUID().toString();

        bulk(REGISTRAR_B, meeting, entry(wang, 0), entry(li, 0), entry(zhang, 0), entry(zhao, 0), entry(unknown, 0))
                .statusCode(200)
                .body("verified", equalTo(2)).body("alreadyVerified", equalTo(0)).body("refused", equalTo(3))
                .body("results.attendeeId", contains(wang, li, zhang, zhao, unknown))
                .body("results.outcome", contains("verified", "verified", "refused", "refused", "refused"))
                .body("results.reason", contains(null, null, "version_changed", "withdrawn", "not_found"))
                .body("results[0].verification.state", equalTo("PARTIAL"))
                .body("results[0].verification.count", equalTo(1))
                .body("results[2].currentVersion", equalTo(1))
                .body("results[2].verification.state", equalTo("UNVERIFIED"))
                .body("results[4].currentVersion", nullValue())
                .body("results[4].verification", nullValue());
        // sent again, as after an answer that never arrived: nothing new is recorded
        bulk(REGISTRAR_B, meeting, entry(wang, 0)).statusCode(200)
                .body("alreadyVerified", equalTo(1)).body("verified", equalTo(0))
                .body("results[0].outcome", equalTo("already_verified")).body("results[0].reason", nullValue());
        // the one who made the entries may not verify them
        bulk(ORGANIZER_A, meeting, entry(li, 0)).statusCode(200)
                .body("refused", equalTo(1)).body("results[0].reason", equalTo("own_version"));
        assertEquals(1, verificationRows(wang));
        assertEquals(0, verificationRows(zhang));
        assertEquals(0, verificationRows(zhao));

        bulk(REGISTRAR_C, meeting, entry(wang, 0), entry(li, 0), entry(zhang, 1)).statusCode(200)
                .body("verified", equalTo(3))
                .body("results.verification.state", contains("VERIFIED", "VERIFIED", "PARTIAL"));
        bulk(ORGANIZER_D, meeting, entry(wang, 0)).statusCode(200)
                .body("results[0].outcome", equalTo("refused")).body("results[0].reason", equalTo("enough"));
        assertEquals(2, verificationRows(wang));

        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?verification=VERIFIED")
                .then().body("items.name", containsInAnyOrder("王芳", "李娜"));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + wang
                        + "/history")
                .then().body("items.action", contains("REGISTERED", "VERIFIED", "VERIFIED"))
                .body("items.actor", contains("organizer-a", "registrar-b", "registrar-c"));

        // each entry made final is published once, as the same version, now VERIFIED
        for (String id : List.of(wang, li)) {
            TopicEvents.Event event = awaitVerified(id, 1).get(0);
            assertEquals(id, event.key());
            assertEquals(0, event.data().path("version").asInt());
            assertEquals("VERIFIED", event.data().path("verification").asText());
            ATTENDEE_EVENTS.assertValid(event.data());
        }
        String marker = register(meeting, "标记");
        awaitEvent(marker);
        assertEquals(1, verifiedEvents(wang).size());
        assertEquals(0, verifiedEvents(zhang).size(), "a partly verified entry publishes nothing");
        TopicEvents.Event registered = TopicEvents.inTestCluster().matching("registration.attendee",
                e -> e.subject().equals(marker)).get(0);
        assertEquals("UNVERIFIED", registered.data().path("verification").asText());
    }

    @Test
    void aBadPageIsRefusedWholeAndChangesNothing() throws SQLException {
        String meeting = meeting();
        String wang = register(meeting, "王芳");
        String li = register(meeting, "李娜");

        bulk(REGISTRAR_B, meeting, entry(wang, 0), entry(li, 0), entry(wang, 0)).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:validation-failed"))
                .body("errors[0].field", equalTo("entries[2].attendeeId"))
                .body("detail", containsString("a second time"));
        String many = IntStream.range(0, 501).mapToObj(i -> entry(UUID.randomUUID().toString(), 0))
                .collect(Collectors.joining(","));
        given().auth().oauth2(REGISTRAR_B).contentType(ContentType.JSON).body("{\"entries\":[" + many + "]}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees/verifications")
                .then().statusCode(400).body("errors[0].field", equalTo("entries"));
        bulk(REGISTRAR_B, meeting).statusCode(400).body("errors[0].field", equalTo("entries"));
        bulk(REGISTRAR_B, meeting, "{\"attendeeId\":\"" + wang + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("entries[0].version"));
        bulk(REGISTRAR_B, meeting, entry(wang, -1)).statusCode(400)
                .body("errors[0].field", equalTo("entries[0].version"));
        bulk(TestTokens.role("logistics"), meeting, entry(wang, 0)).statusCode(403)
                .contentType("application/problem+json");
        bulk(TestTokens.attendee(meeting, wang), meeting, entry(wang, 0)).statusCode(403);
        assertEquals(0, verificationRows(wang));
        assertEquals(0, verificationRows(li));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + wang)
                .then().body("verification.state", equalTo("UNVERIFIED"));
    }

    @Test
    void anOrganizerMayLetOneVersionPassWithAReasonUntilItIsEdited() throws SQLException {
        String meeting = meeting();
        String wang = register(meeting, "王芳");
        bulk(REGISTRAR_B, meeting, entry(wang, 0)).statusCode(200).body("verified", equalTo(1));
        String reason = "代表资格已由选举委员会书面确认";

        // refused: a registrar, no If-Match, a stale one, no reason, a blank one, an unknown entry
        override(REGISTRAR_B, meeting, wang, "\"0\"", reason).statusCode(403).contentType("application/problem+json");
        override(ORGANIZER_D, meeting, wang, null, reason).statusCode(428);
        override(ORGANIZER_D, meeting, wang, "\"1\"", reason).statusCode(412)
                .body("detail", containsString("changed since you read it"));
        override(ORGANIZER_D, meeting, wang, "\"0\"", null).statusCode(400).body("errors[0].field", equalTo("reason"));
        override(ORGANIZER_D, meeting, wang, "\"0\"", "   ").statusCode(400).body("errors[0].field", equalTo("reason"));
        override(ORGANIZER_D, meeting, UUID.randomUUID().toString(), "\"0\"", reason).statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
        assertEquals(0, overrideRows(wang));
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + wang)
                .then().body("verification.state", equalTo("PARTIAL"));

        // the organizer who made the entry may let it pass: it is their recorded decision
        String id = override(ORGANIZER_A, meeting, wang, "\"0\"", reason).statusCode(200)
                .header("ETag", "\"0\"")
                .body("attendeeId", equalTo(wang)).body("attendeeName", equalTo("王芳"))
                .body("version", equalTo(0)).body("reason", equalTo(reason))
                .body("overriddenBy", equalTo("organizer-a")).body("current", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(REGISTRAR_B).when().get("/api/v1/meetings/" + meeting + "/attendees/" + wang)
                .then().body("verification.state", equalTo("OVERRIDDEN")).body("verification.count", equalTo(1))
                .body("version", equalTo(0));
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?verification=OVERRIDDEN")
                .then().body("items.id", contains(wang));
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/attendees?verification=PARTIAL")
                .then().body("total", equalTo(0));
        // the same override again answers the one recorded; another one is refused
        override(ORGANIZER_A, meeting, wang, "\"0\"", reason).statusCode(200).body("id", equalTo(id));
        override(ORGANIZER_D, meeting, wang, "\"0\"", "另一理由").statusCode(409)
                .body("detail", containsString("already let pass by organizer-a"));
        assertEquals(1, overrideRows(wang));

        TopicEvents.Event overridden = awaitVerified(wang, 1).get(0);
        assertEquals(wang, overridden.key());
        assertEquals(0, overridden.data().path("version").asInt());
        assertEquals("OVERRIDDEN", overridden.data().path("verification").asText());
        ATTENDEE_EVENTS.assertValid(overridden.data());

        given().auth().oauth2(REGISTRAR_C).when().get("/api/v1/meetings/" + meeting + "/verification-overrides")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].reason", equalTo(reason))
                .body("items[0].overriddenAt", not(nullValue()));
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/verification-overrides").then().statusCode(403);
        given().auth().oauth2(ORGANIZER_A).when().get("/api/v1/meetings/" + meeting + "/attendees/" + wang
                + "/history").then().body("items.action", contains("REGISTERED", "VERIFIED", "OVERRIDDEN"));

        // enough verifications later make it VERIFIED, published again
        bulk(REGISTRAR_C, meeting, entry(wang, 0)).statusCode(200)
                .body("results[0].verification.state", equalTo("VERIFIED"));
        TopicEvents.Event verified = awaitVerified(wang, 2).get(1);
        assertEquals("VERIFIED", verified.data().path("verification").asText());

        // an edit makes a new version: the override does not cover it
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"王芳芳\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\"}")
                .when().put("/api/v1/meetings/" + meeting + "/attendees/" + wang)
                .then().statusCode(200).body("verification.state", equalTo("UNVERIFIED"));
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/verification-overrides?current=true")
                .then().body("total", equalTo(0));
        given().auth().oauth2(REGISTRAR_B)
                .when().get("/api/v1/meetings/" + meeting + "/verification-overrides?current=false&attendeeId=" + wang)
                .then().body("items.id", contains(id)).body("items[0].current", equalTo(false))
                .body("items[0].attendeeName", equalTo("王芳芳"));
    }

    @Test
    void aVerifiedOrWithdrawnEntryCannotBeOverridden() throws SQLException {
        String meeting = meeting();
        String wang = register(meeting, "王芳");
        String li = register(meeting, "李娜");
        bulk(REGISTRAR_B, meeting, entry(wang, 0)).statusCode(200);
        bulk(REGISTRAR_C, meeting, entry(wang, 0)).statusCode(200);
        override(ORGANIZER_D, meeting, wang, "\"0\"", "无需").statusCode(409)
                .body("detail", containsString("nothing to override"));
        given().auth().oauth2(ORGANIZER_A).when().delete("/api/v1/meetings/" + meeting + "/attendees/" + li)
                .then().statusCode(204);
        override(ORGANIZER_D, meeting, li, "\"1\"", "已退出").statusCode(409)
                .header("Content-Type", containsString("application/problem+json"))
                .body("detail", containsString("withdrawn"));
        given().auth().oauth2(ORGANIZER_D).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\":\"无需\"}")
                .when().post("/api/v1/meetings/" + meeting + "/attendees/" + wang + "/verification-override")
                .then().statusCode(409).body("detail", containsString("无需准予例外"));
        assertEquals(0, overrideRows(wang));
        assertEquals(0, overrideRows(li));
    }

    @Test
    void theNumberOfVerificationsStaysOnceVerificationHasBegun() {
        String meeting = meeting();
        String body = "{\"name\":\"核对把关会议\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                + "\"requiredVerifications\":%d}";
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.formatted(3)).when().put("/api/v1/meetings/" + meeting)
                .then().statusCode(200).body("requiredVerifications", equalTo(3));
        String wang = register(meeting, "王芳");
        bulk(REGISTRAR_B, meeting, entry(wang, 0)).statusCode(200).body("verified", equalTo(1));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body.formatted(2)).when().put("/api/v1/meetings/" + meeting)
                .then().statusCode(409).body("detail", containsString("can no longer change"));
        given().auth().oauth2(ORGANIZER_A).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body.formatted(3)).when().put("/api/v1/meetings/" + meeting)
                .then().statusCode(200).body("requiredVerifications", equalTo(3));
    }

    private static List<TopicEvents.Event> verifiedEvents(String attendeeId) {
        return TopicEvents.inTestCluster().matching("registration.attendee",
                e -> e.subject().equals(attendeeId) && e.type().equals("attendee-verified"));
    }

    private static List<TopicEvents.Event> awaitVerified(String attendeeId, int count) {
        await().atMost(TestWaits.DEADLINE).until(() -> verifiedEvents(attendeeId).size() >= count);
        return verifiedEvents(attendeeId);
    }

    private static void awaitEvent(String attendeeId) {
        await().atMost(TestWaits.DEADLINE).until(() -> !TopicEvents.inTestCluster()
                .matching("registration.attendee", e -> e.subject().equals(attendeeId)).isEmpty());
    }

    private long verificationRows(String attendeeId) throws SQLException {
        return count("select count(*) from attendee_verification where attendee_id = ?", attendeeId);
    }

    private long overrideRows(String attendeeId) throws SQLException {
        return count("select count(*) from attendee_verification_override where attendee_id = ?", attendeeId);
    }

    private long count(String sql, String attendeeId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(attendeeId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
