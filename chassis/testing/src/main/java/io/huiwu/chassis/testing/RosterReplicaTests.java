package io.huiwu.chassis.testing;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.access.Grant;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The behaviour every service with a roster replica ({@code huiwu.roster-replica.enabled=true}) must show: events
 * mirrored, redelivered and stale ones ignored, a verification of the same version applied but never taken back,
 * a poisoned one dead-lettered without stopping the rest, and the copy readable only by staff of the meeting, and
 * its reader types fit registration's document. A service's test class extends this and is a {@code @QuarkusTest}.
 */
public abstract class RosterReplicaTests {

    @Inject
    AgroalDataSource dataSource;

    /** The service's consumer group, which names its dead-letter topics. */
    protected String consumerGroup() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("huiwu.events.consumer.group-id", String.class)
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
    }

    @Test
    void theReplicasReadOnlyWhatRegistrationDeclaresInItsDocument() {
        TestRoster.CONTRACT.assertReaderFits(RosterSnapshot.class);
        TestGrants.CONTRACT.assertReaderFits(Grant.class);
    }

    /** A new meeting in which the test staff hold their roles in this service's grant replica. */
    protected static UUID meetingWithStaff() {
        UUID meeting = UUID.randomUUID();
        TestGrants.grantAll(meeting, "organizer", "registrar", "logistics", "venue", "secretariat");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("secretariat"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(200));
        return meeting;
    }

    @Test
    void registeredUpdatedAndWithdrawnAttendeesAreMirrored() {
        UUID meeting = meetingWithStaff();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, first, 0, "王芳", "ACTIVE"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, second, 0, "李娜", "ACTIVE"));
        awaitTotal(meeting, 2);

        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, first, 1, "王芳芳", "ACTIVE"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + first)
                .then().statusCode(200).body("name", equalTo("王芳芳")).body("sourceVersion", equalTo(1)));

        TestRoster.publish("attendee-withdrawn", TestRoster.entry(meeting, second, 1, "李娜", "WITHDRAWN"));
        awaitTotal(meeting, 1);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items.id", contains(first.toString()));
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + second)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void redeliveredAndStaleEventsChangeNothing() {
        UUID meeting = meetingWithStaff();
        UUID attendee = UUID.randomUUID();
        double duplicatesBefore = metric("huiwu_events_duplicates_total");
        String registered = TestRoster.publish("attendee-registered",
                TestRoster.entry(meeting, attendee, 0, "张伟", "ACTIVE"));
        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, attendee, 2, "张伟伟", "ACTIVE"));
        // the first event delivered again, and an older version arriving late
        TestRoster.publish(registered, "attendee-registered", TestRoster.entry(meeting, attendee, 0, "张伟", "ACTIVE"));
        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, attendee, 1, "张老伟", "ACTIVE"));
        UUID marker = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, marker, 0, "标记", "ACTIVE"));

        awaitTotal(meeting, 2);
        await().atMost(TestWaits.DEADLINE).until(() ->
                metric("huiwu_events_duplicates_total") >= duplicatesBefore + 1);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(200)
                .body("name", equalTo("张伟伟"))
                .body("sourceVersion", equalTo(2));
    }

    @Test
    void keysMadeFromNewNameDataReplaceTheOldOnesAtTheSameVersion() {
        UUID meeting = meetingWithStaff();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, first, 0, "甲", "ACTIVE")
                .put("strokeKey", "01").put("collationVersion", "names-a"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, second, 0, "乙", "ACTIVE")
                .put("strokeKey", "02").put("collationVersion", "names-a"));
        awaitTotal(meeting, 2);
        String list = "/api/v1/meetings/" + meeting + "/attendees?sort=strokes";
        given().auth().oauth2(TestTokens.role("venue")).when().get(list)
                .then().body("items.id", contains(first.toString(), second.toString()));

        // registration made every key again from new name data and published each entry at the version it had
        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, first, 0, "甲", "ACTIVE")
                .put("strokeKey", "03").put("collationVersion", "names-b"));
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get(list).then().body("items.id", contains(second.toString(), first.toString())));

        // at the same version and the same name data, an event is a stale copy and changes nothing
        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, first, 0, "甲改", "ACTIVE")
                .put("strokeKey", "03").put("collationVersion", "names-b"));
        // a marker on the same partition (the same key), so once it is applied the stale copy was read before it
        TopicEvents.inTestCluster().send(TestRoster.TOPIC, first.toString(), TestEvents.envelope(
                UUID.randomUUID().toString(), "/registration-service", "attendee-registered", first.toString(),
                TestRoster.entry(meeting, UUID.randomUUID(), 0, "标记", "ACTIVE")));
        awaitTotal(meeting, 3);
        given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + first)
                .then().statusCode(200).body("name", equalTo("甲"));
    }

    @Test
    void aVerifiedVersionReachesTheCopyAndALateEventOfThatVersionDoesNotTakeItBack() throws SQLException {
        UUID meeting = meetingWithStaff();
        UUID attendee = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, attendee, 0, "刘洋", "ACTIVE"));
        awaitVerification(attendee, 0, "UNVERIFIED");

        // attendee-verified vouches for the version the copy has: the same version, further along
        TestRoster.publish("attendee-verified", TestRoster.entry(meeting, attendee, 0, "刘洋", "ACTIVE")
                .put("verification", "VERIFIED"));
        awaitVerification(attendee, 0, "VERIFIED");

        // an event of that version with less verification, arriving late, is applied as a no-op
        String late = TestRoster.publish("attendee-updated", TestRoster.entry(meeting, attendee, 0, "刘洋", "ACTIVE")
                .put("verification", "PARTIAL"));
        await().atMost(TestWaits.DEADLINE).until(() -> processed(late));
        assertEquals("VERIFIED", verification(attendee, 0));

        // the next version is a new entry to verify
        TestRoster.publish("attendee-updated", TestRoster.entry(meeting, attendee, 1, "刘阳", "ACTIVE"));
        awaitVerification(attendee, 1, "UNVERIFIED");
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(200).body("name", equalTo("刘阳")).body("sourceVersion", equalTo(1));
    }

    private void awaitVerification(UUID attendee, long version, String state) {
        await().atMost(TestWaits.DEADLINE).until(() -> state.equals(verification(attendee, version)));
    }

    /** The verification state the copy holds for that version of the entry; null for another version or none. */
    private String verification(UUID attendee, long version) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot->>'verification'"
                        + " from roster_attendee where id = ? and version = ?")) {
            select.setObject(1, attendee);
            select.setLong(2, version);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Whether the consumer has taken the event (applied it, or found it changed nothing). */
    private boolean processed(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select 1 from inbox_event where event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Test
    void anEventThatCannotBeAppliedGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        UUID meeting = meetingWithStaff();
        String deadLetters = TestRoster.TOPIC + "." + consumerGroup() + ".dlq";
        double deadBefore = metric("huiwu_events_dead_lettered_total");
        TopicEvents.inTestCluster().send(TestRoster.TOPIC, "junk",
                "not a cloud event".getBytes(StandardCharsets.UTF_8));
        // a well-formed event whose data breaks the replica's rules (a name is required)
        UUID broken = UUID.randomUUID();
        var data = TestRoster.entry(meeting, broken, 0, "x", "ACTIVE");
        data.putNull("name");
        TestRoster.publish("attendee-registered", data);
        UUID fine = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, fine, 0, "好人", "ACTIVE"));

        awaitTotal(meeting, 1);
        await().atMost(TestWaits.DEADLINE).until(() -> TopicEvents.inTestCluster().all(deadLetters).stream()
                .anyMatch(e -> broken.toString().equals(e.key())));
        var dead = TopicEvents.inTestCluster().all(deadLetters);
        assertEquals(1, dead.stream().filter(e -> "junk".equals(e.key())).count());
        var poisoned = dead.stream().filter(e -> broken.toString().equals(e.key())).findFirst().orElseThrow();
        assertEquals(TestRoster.TOPIC, poisoned.headers().get("dlq-original-topic"));
        assertEquals(consumerGroup(), poisoned.headers().get("dlq-consumer-group"));
        await().atMost(TestWaits.DEADLINE).until(() ->
                metric("huiwu_events_dead_lettered_total") >= deadBefore + 2);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items.id", containsInAnyOrder(fine.toString()));
    }

    @Test
    void theCopyIsOrderedAsRegistrationOrdersIt() {
        UUID meeting = meetingWithStaff();
        UUID high = UUID.randomUUID();
        UUID low = UUID.randomUUID();
        UUID unranked = UUID.randomUUID();
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, low, 0, "乙", "ACTIVE").put("rank", 9)
                .put("strokeKey", "01").put("pinyinKey", "02"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, unranked, 0, "丙", "ACTIVE")
                .putNull("rank").put("strokeKey", "00").put("pinyinKey", "03"));
        TestRoster.publish("attendee-registered", TestRoster.entry(meeting, high, 0, "甲", "ACTIVE").put("rank", 1)
                .put("strokeKey", "02").put("pinyinKey", "01"));
        awaitTotal(meeting, 3);
        String list = "/api/v1/meetings/" + meeting + "/attendees";
        given().auth().oauth2(TestTokens.role("venue")).when().get(list)
                .then().body("items.id", contains(high.toString(), low.toString(), unranked.toString()));
        given().auth().oauth2(TestTokens.role("venue")).when().get(list + "?sort=strokes")
                .then().body("items.id", contains(unranked.toString(), low.toString(), high.toString()));
        given().auth().oauth2(TestTokens.role("venue")).when().get(list + "?sort=-pinyin")
                .then().body("items.id", contains(unranked.toString(), low.toString(), high.toString()));
        given().auth().oauth2(TestTokens.role("venue")).when().get(list + "?sort=seat")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsAwayIsAppliedOnceItIsBackNotDeadLettered() {
        UUID meeting = meetingWithStaff();
        String deadLetters = TestRoster.TOPIC + "." + consumerGroup() + ".dlq";
        long deadBefore = TopicEvents.inTestCluster().all(deadLetters).size();
        UUID attendee = UUID.randomUUID();
        DatabaseProxy database = TestInfrastructure.databaseProxy();
        database.cut();
        try {
            TestRoster.publish("attendee-registered", TestRoster.entry(meeting, attendee, 0, "停库期间", "ACTIVE"));
            // the consumer polls it and cannot apply it; a while later the database returns
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            database.restore();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(200).body("name", equalTo("停库期间")));
        assertEquals(deadBefore, TopicEvents.inTestCluster().all(deadLetters).size(), "nothing was dead-lettered");
    }

    @Test
    void tokensRolesAndMeetingsAreChecked() {
        UUID meeting = meetingWithStaff();
        String list = "/api/v1/meetings/" + meeting + "/attendees";
        given().when().get(list).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.foreign("logistics")).when().get(list).then().statusCode(401);
        given().auth().oauth2(TestTokens.otherAudience("logistics")).when().get(list).then().statusCode(401);
        given().auth().oauth2(TestTokens.otherIssuer("logistics")).when().get(list).then().statusCode(401);
        // an attendee of this meeting may not read the roster; one of another meeting does not see the meeting
        given().auth().oauth2(TestTokens.attendee(meeting, UUID.randomUUID())).when().get(list)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.attendee(UUID.randomUUID(), UUID.randomUUID())).when().get(list)
                .then().statusCode(404).contentType("application/problem+json");
        // staff without a grant here: as if the meeting did not exist
        given().auth().oauth2(TestTokens.person("someone-else")).when().get(list)
                .then().statusCode(404).body("detail", equalTo("Meeting " + meeting + " does not exist"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get(list)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRevokedGrantStopsWorking() {
        UUID meeting = meetingWithStaff();
        String list = "/api/v1/meetings/" + meeting + "/attendees";
        TestGrants.grant(meeting, "temporary-helper", "venue");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.person("temporary-helper")).when().get(list).then().statusCode(200));
        TestGrants.revoke(meeting, "temporary-helper", "venue");
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.person("temporary-helper")).when().get(list).then().statusCode(404));
    }

    @Test
    void badParametersAndUnknownIdsAreProblems() {
        UUID meeting = meetingWithStaff();
        String list = "/api/v1/meetings/" + meeting + "/attendees";
        given().auth().oauth2(TestTokens.role("logistics")).when().get(list + "?size=501")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get(list + "?page=-1")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get(list + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("does not exist"));
        given().auth().oauth2(TestTokens.role("logistics")).when().get(list + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.role("logistics")).when().post(list)
                .then().statusCode(405).contentType("application/problem+json");
    }

    private static void awaitTotal(UUID meeting, int total) {
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200).body("total", equalTo(total)));
    }

    /** The sum of a counter over all its series. */
    protected static double metric(String name) {
        String text = RestAssured.get("/q/metrics").then().extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
