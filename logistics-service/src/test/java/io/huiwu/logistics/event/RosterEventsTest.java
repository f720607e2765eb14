package io.huiwu.logistics.event;

import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.chassis.testing.TopicEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class RosterEventsTest {

    @Test
    void registeredUpdatedAndWithdrawnAttendeesAreMirrored() {
        UUID meeting = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        RosterEvents.publish("attendee-registered", RosterEvents.entry(meeting, first, 0, "王芳", "ACTIVE"));
        RosterEvents.publish("attendee-registered", RosterEvents.entry(meeting, second, 0, "李娜", "ACTIVE"));
        awaitTotal(meeting, 2);

        RosterEvents.publish("attendee-updated", RosterEvents.entry(meeting, first, 1, "王芳芳", "ACTIVE"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + first)
                .then().statusCode(200).body("name", equalTo("王芳芳")).body("sourceVersion", equalTo(1)));

        RosterEvents.publish("attendee-withdrawn", RosterEvents.entry(meeting, second, 1, "李娜", "WITHDRAWN"));
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
        UUID meeting = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        double duplicatesBefore = metric("huiwu_events_duplicates_total", "");
        String registered = RosterEvents.publish("attendee-registered",
                RosterEvents.entry(meeting, attendee, 0, "张伟", "ACTIVE"));
        RosterEvents.publish("attendee-updated", RosterEvents.entry(meeting, attendee, 2, "张伟伟", "ACTIVE"));
        // the first event delivered again, and an older version arriving late
        RosterEvents.publish(registered, "attendee-registered",
                RosterEvents.entry(meeting, attendee, 0, "张伟", "ACTIVE"));
        RosterEvents.publish("attendee-updated", RosterEvents.entry(meeting, attendee, 1, "张老伟", "ACTIVE"));
        UUID marker = UUID.randomUUID();
        RosterEvents.publish("attendee-registered", RosterEvents.entry(meeting, marker, 0, "标记", "ACTIVE"));

        awaitTotal(meeting, 2);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                metric("huiwu_events_duplicates_total", "") >= duplicatesBefore + 1);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                .then().statusCode(200)
                .body("name", equalTo("张伟伟"))
                .body("sourceVersion", equalTo(2));
    }

    @Test
    void anEventThatCannotBeAppliedGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        UUID meeting = UUID.randomUUID();
        double deadBefore = metric("huiwu_events_dead_lettered_total", "");
        TopicEvents.inTestCluster().send(RosterEvents.TOPIC, "junk", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        // a well-formed event whose data breaks this service's rules (a name is required)
        UUID broken = UUID.randomUUID();
        var data = RosterEvents.entry(meeting, broken, 0, "x", "ACTIVE");
        data.putNull("name");
        RosterEvents.publish("attendee-registered", data);
        UUID fine = UUID.randomUUID();
        RosterEvents.publish("attendee-registered", RosterEvents.entry(meeting, fine, 0, "好人", "ACTIVE"));

        awaitTotal(meeting, 1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TopicEvents.inTestCluster().all(RosterEvents.TOPIC + ".logistics-service.dlq").stream()
                        .anyMatch(e -> broken.toString().equals(e.key())));
        var dead = TopicEvents.inTestCluster().all(RosterEvents.TOPIC + ".logistics-service.dlq");
        assertEquals(1, dead.stream().filter(e -> "junk".equals(e.key())).count());
        var poisoned = dead.stream().filter(e -> broken.toString().equals(e.key())).findFirst().orElseThrow();
        assertEquals(RosterEvents.TOPIC, poisoned.headers().get("dlq-original-topic"));
        assertEquals("logistics-service", poisoned.headers().get("dlq-consumer-group"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                metric("huiwu_events_dead_lettered_total", "") >= deadBefore + 2);
        given().auth().oauth2(TestTokens.role("logistics"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().body("items.id", containsInAnyOrder(fine.toString()));
    }

    private static void awaitTotal(UUID meeting, int total) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.role("venue"))
                .when().get("/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(200).body("total", equalTo(total)));
    }

    /** The sum of a counter over the series whose labels contain {@code label}. */
    static double metric(String name, String label) {
        String text = RestAssured.get("/q/metrics").then().extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
