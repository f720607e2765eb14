package io.huiwu.registration.event;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.kafka.EventsConfig;
import io.huiwu.chassis.kafka.KafkaClients;
import io.huiwu.chassis.outbox.OutboxRelay;
import io.huiwu.chassis.schema.ChassisSchema;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.chassis.testing.TopicEvents;
import io.huiwu.registration.rest.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.TracerProvider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two relays publishing one outbox, as two instances of the service would: every attendee's events reach the topic
 * in the order they were committed, none missing and none twice.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class TwoRelaysTest {

    private static final int ATTENDEES = 50;
    private static final int UPDATES = 1_000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KafkaClients kafka;
    @Inject
    EventsConfig config;
    @Inject
    ChassisSchema schema;
    @Inject
    MeterRegistry registry;

    @Test
    void eachAttendeesEventsReachKafkaInOrderWithTwoRelays() throws Exception {
        String meeting = Fixtures.meeting("双中继测试会议");
        List<String> attendees = IntStream.range(0, ATTENDEES)
                .mapToObj(i -> Fixtures.attendee(meeting, "顺序" + i)).toList();

        OutboxRelay second = new OutboxRelay(dataSource, kafka, config, schema, registry,
                TracerProvider.noop().get("second-relay"), true);
        AtomicBoolean relaying = new AtomicBoolean(true);
        Thread secondRelay = new Thread(() -> {
            while (relaying.get()) {
                try {
                    if (second.relayOnce() == 0) {
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    // as the service's own relay: try again
                }
            }
        }, "second-relay");
        secondRelay.start();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                int first = client;
                // each client changes its attendees one after another, each many times in a row: an attendee's
                // events are pending together, where two relays could take them in the wrong order
                done.add(clients.submit(() -> {
                    for (int index = first; index < ATTENDEES; index += 4) {
                        String attendee = attendees.get(index);
                        for (int version = 0; version < UPDATES / ATTENDEES; version++) {
                            given().auth().oauth2(Fixtures.organizer()).contentType(ContentType.JSON)
                                    .header("If-Match", "\"" + version + "\"")
                                    .body("{\"name\":\"顺序" + index + "\",\"gender\":\"MALE\","
                                            + "\"category\":\"ATTENDEE\",\"rank\":" + (version + 2) + "}")
                                    .when().put("/api/v1/meetings/" + meeting + "/attendees/" + attendee)
                                    .then().statusCode(200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
        } finally {
            clients.shutdown();
            relaying.set(false);
            secondRelay.join(10_000);
        }

        Map<String, List<Long>> versions = new LinkedHashMap<>();
        for (TopicEvents.Event event : TopicEvents.inTestCluster().matching("registration.attendee",
                e -> e.data().path("meetingId").asText().equals(meeting))) {
            versions.computeIfAbsent(event.subject(), key -> new ArrayList<>())
                    .add(event.data().path("version").asLong());
        }
        assertEquals(ATTENDEES, versions.size());
        long expectedEach = UPDATES / ATTENDEES;
        for (String attendee : attendees) {
            List<Long> seen = versions.get(attendee);
            assertEquals(LongStreamRange.upTo(expectedEach), seen, "versions of " + attendee + " on the topic");
        }
    }

    @Test
    void aRelayPublishesNothingWhileAnotherHasTheTurn() throws Exception {
        String meeting = Fixtures.meeting("中继轮次测试会议");
        OutboxRelay second = new OutboxRelay(dataSource, kafka, config, schema, registry,
                TracerProvider.noop().get("second-relay"), true);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement turn = holder.createStatement()) {
                // this connection stands for a relay in the middle of its round
                turn.executeQuery("select id from outbox_relay_turn where id = 1 for update").close();
                String attendee = Fixtures.attendee(meeting, "轮次");
                assertEquals(0, second.relayOnce(), "no round while another relay has the turn");
                Thread.sleep(300);
                assertEquals(1, pendingFor(attendee), "the service's own relay waits for its turn too");
            } finally {
                holder.rollback();
            }
        }
        await().atMost(TestWaits.DEADLINE).until(() -> pending() == 0);
    }

    private long pendingFor(String key) throws Exception {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox_event where message_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long pending() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** 0, 1, 2 ... n. */
    private static final class LongStreamRange {
        static List<Long> upTo(long last) {
            return java.util.stream.LongStream.rangeClosed(0, last).boxed().toList();
        }
    }
}
