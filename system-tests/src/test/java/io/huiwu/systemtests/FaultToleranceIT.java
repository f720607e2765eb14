package io.huiwu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event backbone under the faults an operator meets, each under a steady load of registrations against the
 * packaged services: a consumer killed with SIGKILL mid-batch, PostgreSQL restarted, the broker stopped for 60 s.
 * After each, every registration a client was told of exists once, every one of its events is on the topic and is
 * applied by every downstream service exactly once, no client was answered a server error other than 503 (with
 * {@code Retry-After}), and the services recovered without being restarted. The figures of each run are written to
 * {@code target/faults/fault-tolerance.txt}. Each test has a meeting of its own, so they pass in any order.
 */
class FaultToleranceIT {

    private static final List<ServiceSpec> DOWNSTREAM =
            List.of(ServiceSpec.LOGISTICS, ServiceSpec.VENUE, ServiceSpec.DOCUMENTS);
    private static final String TOPIC = "registration.attendee";
    private static final Duration DELIVERY = Duration.ofMinutes(3);
    private static final int PER_SECOND = 20;
    private static final Path REPORT = Path.of("target", "faults", "fault-tolerance.txt");

    private static LocalStack stack;
    private static String organizer;

    @BeforeAll
    static void startStack() throws Exception {
        stack = RunningStack.get();
        organizer = RunningStack.token("organizer");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "Faults under a steady load of " + PER_SECOND + " registrations/s\n");
    }

    @AfterAll
    static void printReport() throws IOException {
        System.out.println(Files.readString(REPORT));
    }

    @Test
    void aConsumerKilledMidBatchMissesNothingAndAppliesNothingTwice() throws Exception {
        String meeting = RunningStack.meeting("消费者崩溃测试会议");
        SteadyRegistrations.Outcome outcome;
        try (SteadyRegistrations load = start(meeting)) {
            Thread.sleep(8_000);
            // a burst keeps the consumer busy: it is killed while it applies one batch after another
            int before = downstreamTotal(ServiceSpec.VENUE, meeting);
            load.burst(300);
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(20))
                    .until(() -> downstreamTotal(ServiceSpec.VENUE, meeting) >= before + 30);
            stack.killService(ServiceSpec.VENUE);
            Thread.sleep(5_000);
            stack.startService(ServiceSpec.VENUE);
            Thread.sleep(5_000);
            outcome = load.finish();
        }
        Figures figures = check(meeting, outcome, "venue-service killed (SIGKILL) mid-batch, started again");
        assertEquals(0, outcome.answered(503) + outcome.answered(0), "registration was never unavailable");
        // the restarted process counts from zero: what it recognised is what it was given again
        double redelivered = duplicatesCounted(ServiceSpec.VENUE);
        append(String.format("  venue-service after its restart: %.0f events it had applied before the kill were"
                + " delivered again and recognised by its inbox%n", redelivered));
        assertEquals(0, figures.publishedTwice(), "each event published once");
    }

    @Test
    void registrationsDuringAPostgresRestartAreAnsweredWith503AndRetriedNeverA500() throws Exception {
        String meeting = RunningStack.meeting("数据库重启测试会议");
        SteadyRegistrations.Outcome outcome;
        try (SteadyRegistrations load = start(meeting)) {
            Thread.sleep(8_000);
            stack.restartDatabase();
            Thread.sleep(10_000);
            outcome = load.finish();
        }
        Figures figures = check(meeting, outcome, "PostgreSQL restarted (fast shutdown, then started again)");
        assertEquals(0, figures.publishedTwice(), "each event published once");
    }

    @Test
    void aBrokerStoppedForSixtySecondsLosesNothingAndPublishesEachEventOnce() throws Exception {
        String meeting = RunningStack.meeting("消息队列停机测试会议");
        SteadyRegistrations.Outcome outcome;
        try (SteadyRegistrations load = start(meeting)) {
            Thread.sleep(8_000);
            stack.stopKafka();
            try {
                Thread.sleep(60_000);
            } finally {
                stack.startKafka();
            }
            Thread.sleep(5_000);
            outcome = load.finish();
        }
        Figures figures = check(meeting, outcome, "the broker stopped for 60 s (controlled shutdown), then started");
        assertEquals(0, outcome.answered(503) + outcome.answered(0), "registration never depended on the broker");
        assertEquals(0, figures.publishedTwice(), "each event published once");
    }

    private static SteadyRegistrations start(String meeting) {
        return SteadyRegistrations.start(stack.url(ServiceSpec.REGISTRATION), organizer, meeting, PER_SECOND);
    }

    /** What one run came to. */
    record Figures(int created, int eventsOnTopic, int publishedTwice) {
    }

    /**
     * Checks what every fault must leave: no server error but 503, each registration once, each event on the topic
     * and applied once by every downstream service; writes the figures to the report.
     */
    private static Figures check(String meeting, SteadyRegistrations.Outcome outcome, String fault) throws Exception {
        assertTrue(outcome.unexpected().isEmpty(), outcome.unexpected().size() + " unexpected answers, the first: "
                + outcome.unexpected().subList(0, Math.min(3, outcome.unexpected().size())));
        assertTrue(outcome.answers().keySet().stream().allMatch(status -> status == 201 || status == 503
                || status == 0), "answers: " + outcome.answers());
        assertEquals(outcome.requested(), outcome.created().size(), "every registration created");
        assertEquals(outcome.requested(), registrationTotal(meeting), "no registration created twice");

        Map<String, Integer> events = new LinkedHashMap<>();
        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            events.clear();
            events.putAll(eventsOnTopic(meeting));
            return events.size() == outcome.requested();
        });
        int records = events.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Long> applied = new LinkedHashMap<>();
        for (ServiceSpec spec : DOWNSTREAM) {
            await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1))
                    .until(() -> downstreamTotal(spec, meeting) == outcome.requested());
            applied.put(spec.name(), inboxed(spec, events.keySet()));
        }
        Set<String> onTopic = attendeesOnTopic(meeting);
        Set<String> lost = new HashSet<>(outcome.created());
        lost.removeAll(onTopic);

        append(String.format("%s%n  registrations: %d sent, %d created (each once); answers %s (0 = no connection)%n"
                        + "  events: %d on the topic, %d records (%d published twice), %d lost%n"
                        + "  applied (inbox rows for these events): %s%n", fault, outcome.requested(),
                outcome.created().size(), outcome.answers(), events.size(), records, records - events.size(),
                lost.size(), applied));
        assertTrue(lost.isEmpty(), "attendees whose event never reached the topic: " + lost);
        for (Map.Entry<String, Long> service : applied.entrySet()) {
            assertEquals(events.size(), service.getValue(), service.getKey() + " applied every event once");
        }
        return new Figures(outcome.created().size(), events.size(), records - events.size());
    }

    private static int registrationTotal(String meeting) {
        return given().auth().oauth2(organizer)
                .when().get(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting + "/attendees?size=1")
                .then().statusCode(200).extract().path("total");
    }

    private static int downstreamTotal(ServiceSpec spec, String meeting) {
        return given().auth().oauth2(organizer)
                .when().get(stack.url(spec) + "/api/v1/meetings/" + meeting + "/attendees?size=1")
                .then().statusCode(200).extract().path("total");
    }

    /** The meeting's events on the roster topic: each event id and how many records carry it. */
    private static Map<String, Integer> eventsOnTopic(String meeting) throws Exception {
        Map<String, Integer> events = new LinkedHashMap<>();
        for (JsonNode event : read(meeting)) {
            events.merge(event.path("id").asText(), 1, Integer::sum);
        }
        return events;
    }

    private static Set<String> attendeesOnTopic(String meeting) throws Exception {
        Set<String> attendees = new HashSet<>();
        for (JsonNode event : read(meeting)) {
            attendees.add(event.path("subject").asText());
        }
        return attendees;
    }

    private static List<JsonNode> read(String meeting) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-reader-" + UUID.randomUUID());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = json.readTree(record.value());
                    if (event.path("data").path("meetingId").asText().equals(meeting)) {
                        events.add(event);
                    }
                }
            }
        }
        return events;
    }

    /** How many of these events the service's inbox records as applied (one row per event id at most). */
    private static long inboxed(ServiceSpec spec, Set<String> eventIds) throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.database().url(spec.database()),
                stack.database().user(), stack.database().password());
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from inbox_event where event_id = any(?)")) {
            Array ids = connection.createArrayOf("varchar", eventIds.toArray());
            count.setArray(1, ids);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static double duplicatesCounted(ServiceSpec spec) {
        String metrics = given().when().get(stack.url(spec) + "/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("huiwu_events_duplicates_total{") && line.contains(TOPIC))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void append(String text) throws IOException {
        Files.writeString(REPORT, text, StandardOpenOption.APPEND);
    }
}
