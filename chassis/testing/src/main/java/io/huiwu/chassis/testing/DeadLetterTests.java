package io.huiwu.chassis.testing;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an operator does with a service's dead letters (the chassis's {@code /api/v1/dead-letters}): find an event
 * that could not be applied, replay it after the fix so that it is applied once, discard one that must not be, and
 * get a clear refusal for a dead letter the service does not hold. The failure is a real one: a constraint added to
 * the roster copy's table refuses one attendee, as a bug would, and the fix drops it. A service's test class extends
 * this and is a {@code @QuarkusTest} with a roster replica.
 */
public abstract class DeadLetterTests {

    private static final String DEAD_LETTERS = "/api/v1/dead-letters";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDeadLetterIsReplayedAfterTheFixAndAppliedOnce() throws Exception {
        UUID meeting = RosterReplicaTests.meetingWithStaff();
        UUID refused = UUID.randomUUID();
        String constraint = refuse(refused);
        String eventId;
        String deadLetter;
        try {
            eventId = TestRoster.publish("attendee-registered", TestRoster.entry(meeting, refused, 0, "拒收", "ACTIVE"));
            deadLetter = awaitPending(eventId);
            ValidatableResponse letter = given().auth().oauth2(TestTokens.administrator())
                    .when().get(DEAD_LETTERS + "/" + deadLetter).then().statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("topic", equalTo(TestRoster.TOPIC))
                    .body("eventType", equalTo("attendee-registered"))
                    .body("subject", equalTo(refused.toString()))
                    .body("error", containsString(constraint))
                    .body("outcome", equalTo(null));
            int attempts = letter.extract().path("attempts");

            // replayed before the fix: refused with the error, still pending, one attempt more, nothing applied
            given().auth().oauth2(TestTokens.administrator()).header("Accept-Language", "zh-CN")
                    .when().post(DEAD_LETTERS + "/" + deadLetter + "/replay")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:huiwu:problem:replay-failed"))
                    .body("detail", containsString(constraint));
            given().auth().oauth2(TestTokens.administrator()).when().get(DEAD_LETTERS + "/" + deadLetter)
                    .then().body("status", equalTo("PENDING")).body("attempts", equalTo(attempts + 1));
            assertEquals(0, count("select count(*) from inbox_event where event_id = ?", eventId));
        } finally {
            fix(constraint);
        }

        given().auth().oauth2(TestTokens.administrator())
                .when().post(DEAD_LETTERS + "/" + deadLetter + "/replay")
                .then().statusCode(200)
                .body("status", equalTo("REPLAYED"))
                .body("outcome", equalTo("APPLIED"))
                .body("resolvedBy", notNullValue())
                .body("resolvedAt", notNullValue());
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + refused)
                .then().statusCode(200).body("name", equalTo("拒收"));
        assertEquals(1, count("select count(*) from inbox_event where event_id = ?", eventId));

        // a second replay is refused and changes nothing
        given().auth().oauth2(TestTokens.administrator())
                .when().post(DEAD_LETTERS + "/" + deadLetter + "/replay")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:conflict"));
        assertEquals(1, count("select count(*) from inbox_event where event_id = ?", eventId));
    }

    @Test
    void aDeadLetterWhoseEventArrivedAgainAfterTheFixIsNotAppliedTwice() throws Exception {
        UUID meeting = RosterReplicaTests.meetingWithStaff();
        UUID refused = UUID.randomUUID();
        String constraint = refuse(refused);
        var entry = TestRoster.entry(meeting, refused, 0, "重投", "ACTIVE");
        String eventId;
        String deadLetter;
        try {
            eventId = TestRoster.publish("attendee-registered", entry);
            deadLetter = awaitPending(eventId);
        } finally {
            fix(constraint);
        }
        // the same event delivered again (a producer that sent it twice) is applied by the consumer
        TestRoster.publish(eventId, "attendee-registered", entry);
        await().atMost(TestWaits.DEADLINE).until(() ->
                count("select count(*) from inbox_event where event_id = ?", eventId) == 1);

        given().auth().oauth2(TestTokens.administrator()).contentType("application/json")
                .queryParam("topic", TestRoster.TOPIC)
                .when().post(DEAD_LETTERS + "/replay")
                .then().statusCode(200)
                .body("stillFailing.id", org.hamcrest.Matchers.not(hasItem(deadLetter)))
                .body("remaining", equalTo(0));
        given().auth().oauth2(TestTokens.administrator()).when().get(DEAD_LETTERS + "/" + deadLetter)
                .then().statusCode(200).body("status", equalTo("REPLAYED")).body("outcome", equalTo("ALREADY_APPLIED"));
        assertEquals(1, count("select count(*) from inbox_event where event_id = ?", eventId));
        assertEquals(1, count("select count(*) from roster_attendee where id = cast(? as uuid)", refused.toString()));
    }

    @Test
    void anUnreadableMessageCanBeDiscardedWithAReasonButNotReplayed() {
        String key = "unreadable-" + UUID.randomUUID();
        TopicEvents.inTestCluster().send(TestRoster.TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8));
        String deadLetter = await().atMost(TestWaits.DEADLINE).until(() -> given()
                .auth().oauth2(TestTokens.administrator()).queryParam("status", "PENDING").queryParam("size", 500)
                .when().get(DEAD_LETTERS).then().statusCode(200).extract()
                .<String>path("items.find { it.key == '" + key + "' }.id"), id -> id != null);
        given().auth().oauth2(TestTokens.administrator()).when().get(DEAD_LETTERS + "/" + deadLetter)
                .then().body("eventId", equalTo(null)).body("attempts", equalTo(1));

        given().auth().oauth2(TestTokens.administrator()).when().post(DEAD_LETTERS + "/" + deadLetter + "/replay")
                .then().statusCode(409).body("type", equalTo("urn:huiwu:problem:replay-failed"));
        given().auth().oauth2(TestTokens.administrator()).contentType("application/json").body("{\"reason\":\" \"}")
                .when().post(DEAD_LETTERS + "/" + deadLetter + "/discard")
                .then().statusCode(400).body("errors[0].field", containsString("reason"));
        given().auth().oauth2(TestTokens.administrator()).contentType("application/json")
                .body("{\"reason\":\"不是事件，来源已修复\"}")
                .when().post(DEAD_LETTERS + "/" + deadLetter + "/discard")
                .then().statusCode(200).body("status", equalTo("DISCARDED")).body("reason", equalTo("不是事件，来源已修复"));
        given().auth().oauth2(TestTokens.administrator()).when().post(DEAD_LETTERS + "/" + deadLetter + "/replay")
                .then().statusCode(409).body("type", equalTo("urn:huiwu:problem:conflict"));
        given().auth().oauth2(TestTokens.administrator()).queryParam("status", "DISCARDED").queryParam("size", 500)
                .when().get(DEAD_LETTERS).then().statusCode(200).body("items.id", hasItem(deadLetter));
    }

    @Test
    void anUnknownDeadLetterOrAStrangerIsRefusedAndNothingChanges() throws Exception {
        long before = count("select count(*) from dead_letter where status = ?", "PENDING");
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TestTokens.administrator()).when().post(DEAD_LETTERS + "/" + unknown + "/replay")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
        given().auth().oauth2(TestTokens.administrator()).contentType("application/json").body("{\"reason\":\"x\"}")
                .when().post(DEAD_LETTERS + "/" + unknown + "/discard").then().statusCode(404);
        given().auth().oauth2(TestTokens.administrator()).when().post(DEAD_LETTERS + "/not-an-id/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.administrator()).queryParam("status", "LOST").when().get(DEAD_LETTERS)
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(DEAD_LETTERS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.role("organizer")).when().post(DEAD_LETTERS + "/replay")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, count("select count(*) from dead_letter where status = ?", "PENDING"));
    }

    /** Waits until the event is a pending dead letter of this service; returns the dead letter's id. */
    private static String awaitPending(String eventId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.administrator())
                .queryParam("status", "PENDING").queryParam("topic", TestRoster.TOPIC).queryParam("size", 500)
                .when().get(DEAD_LETTERS).then().statusCode(200).extract()
                .<String>path("items.find { it.eventId == '" + eventId + "' }.id"), id -> id != null);
    }

    /** Makes the roster copy refuse one attendee, as a bug in the consumer would; returns the constraint's name. */
    private String refuse(UUID attendee) throws SQLException {
        String name = "refuses_" + attendee.toString().replace("-", "").substring(0, 12);
        execute("alter table roster_attendee add constraint " + name + " check (id <> '" + attendee + "')");
        return name;
    }

    private void fix(String constraint) throws SQLException {
        execute("alter table roster_attendee drop constraint if exists " + constraint);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
