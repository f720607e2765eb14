package io.huiwu.venue.rest;

import io.huiwu.chassis.testing.EventContract;
import io.huiwu.chassis.testing.TestEvents;
import io.huiwu.chassis.testing.TestGrants;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.restassured.response.ValidatableResponse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Meetings for venue's tests as registration makes them: the grants on registration.access and the meeting on
 * registration.meeting (checked against registration's schema), waited for until venue has both.
 */
final class Meetings {

    static final EventContract MEETING = EventContract.of(Path.of("../registration-service/asyncapi/asyncapi.yaml"),
            "MeetingSnapshot");
    private static final AtomicLong VERSIONS = new AtomicLong(System.nanoTime() / 1_000_000);

    private Meetings() {
    }

    /** A meeting of those days in which test-organizer, test-venue and test-registrar hold their roles. */
    static UUID meeting(String name, LocalDate firstDay, LocalDate lastDay, DataSource database) {
        UUID meeting = UUID.randomUUID();
        TestGrants.grantAll(meeting, "organizer", "venue", "registrar");
        publish(meeting, name, firstDay, lastDay, VERSIONS.incrementAndGet());
        await().atMost(TestWaits.DEADLINE).until(() -> Rows.count(database,
                "select count(*) from meeting_copy where id = ?", meeting) == 1);
        await().atMost(TestWaits.DEADLINE).untilAsserted(() -> given().auth().oauth2(TestTokens.role("registrar"))
                .when().get("/api/v1/meetings/" + meeting + "/sessions").then().statusCode(200));
        return meeting;
    }

    /** Publishes meeting-updated as registration does. */
    static void publish(UUID meeting, String name, LocalDate firstDay, LocalDate lastDay, long version) {
        var data = TestEvents.object()
                .put("meetingId", meeting.toString())
                .put("version", version)
                .put("name", name)
                .put("startDate", firstDay.toString())
                .put("endDate", lastDay.toString())
                .put("phase", "PREPARING");
        MEETING.assertValid(data);
        TopicEvents.inTestCluster().send("registration.meeting", meeting.toString(),
                TestEvents.envelope("/registration-service", "meeting-updated", meeting.toString(), data));
    }

    /** A problem+json of that status whose detail says {@code message}, naming {@code field} when not null. */
    static void expectProblem(ValidatableResponse response, int status, String field, String message) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("urn:huiwu:problem:"))
                .body("title", notNullValue())
                .body("detail", containsString(message))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }
}
