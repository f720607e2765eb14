package io.huiwu.systemtests;

import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Event latency from registration's commit to each downstream service having the attendee: p50 and p99 over 1,000
 * registrations, after a warm-up of 2,000: once paced like a busy desk, once flat out. The latency of one attendee is the downstream copy's
 * {@code updatedAt} (taken in the consumer's transaction) minus registration's {@code createdAt} (taken in the
 * registering transaction just before its commit), so it slightly overstates the time from commit. Writes
 * {@code target/benchmarks/event-latency.txt}. See docs/benchmarks.md for how to run it.
 */
@Tag("benchmark")
class EventLatencyBenchmarkIT {

    // a light client, so that the load generator takes little of the machine's two cores
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ServiceSpec> DOWNSTREAM =
            List.of(ServiceSpec.LOGISTICS, ServiceSpec.VENUE, ServiceSpec.DOCUMENTS);

    @Test
    void eventLatencyOverOneThousandEvents() throws Exception {
        LocalStack stack = RunningStack.get();
        String token = RunningStack.token("organizer");
        register(stack, token, meeting(stack, token, "预热会议"), 2000, 0);
        StringBuilder report = new StringBuilder();
        measure(stack, token, "paced: 50 registrations/s (a busy registration desk)", 50, report);
        measure(stack, token, "flat out: 4 clients registering as fast as the machine allows", 0, report);
        Path out = Path.of("target", "benchmarks", "event-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void measure(LocalStack stack, String token, String label, int perSecond, StringBuilder report)
            throws Exception {
        String meeting = meeting(stack, token, "延迟测量会议");
        long started = System.nanoTime();
        Map<String, OffsetDateTime> created = register(stack, token, meeting, 1000, perSecond);
        double seconds = (System.nanoTime() - started) / 1e9;
        report.append(String.format("Event latency, registration commit -> downstream copy, 1000 events, %s"
                + " (%.0f registrations/s achieved)%n", label, 1000 / seconds));
        List<Double> toKafka = outboxToKafka(stack, created.keySet());
        report.append(String.format("  %-18s p50 %7.1f ms   p99 %7.1f ms   (commit -> record appended to Kafka)%n",
                "outbox relay", percentile(toKafka, 50), percentile(toKafka, 99)));
        for (ServiceSpec spec : DOWNSTREAM) {
            await().atMost(Duration.ofSeconds(120)).until(() -> total(stack, spec, token, meeting) == 1000);
            List<Double> millis = new ArrayList<>();
            for (int page = 0; page < 2; page++) {
                List<Map<String, Object>> items = given().auth().oauth2(token)
                        .when().get(stack.url(spec) + "/api/v1/meetings/" + meeting + "/attendees?size=500&page=" + page)
                        .then().statusCode(200).extract().path("items");
                for (Map<String, Object> item : items) {
                    OffsetDateTime applied = OffsetDateTime.parse((String) item.get("updatedAt"));
                    OffsetDateTime committed = created.get((String) item.get("id"));
                    millis.add(Duration.between(committed, applied).toNanos() / 1e6);
                }
            }
            millis.sort(Double::compare);
            report.append(String.format("  %-18s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (n=%d)%n",
                    spec.name(), percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1),
                    millis.size()));
        }
    }

    private static String meeting(LocalStack stack, String token, String name) throws Exception {
        return RunningStack.meeting(name);
    }

    /** Registers {@code count} attendees with 4 clients, at most {@code perSecond} a second (0: no limit). */
    private static Map<String, OffsetDateTime> register(LocalStack stack, String token, String meeting, int count,
            int perSecond) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try {
            List<Future<Map<?, ?>>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                if (perSecond > 0) {
                    long due = start + (long) (i * 1e9 / perSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(ServiceSpec.REGISTRATION)
                                + "/api/v1/meetings/" + meeting + "/attendees"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"代表" + n
                                + "\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\",\"rank\":" + (n + 1) + "}"))
                        .build();
                results.add(pool.submit(() -> {
                    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("registration answered " + response.statusCode());
                    }
                    return JSON.readValue(response.body(), Map.class);
                }));
            }
            Map<String, OffsetDateTime> created = new HashMap<>();
            for (Future<Map<?, ?>> result : results) {
                Map<?, ?> body = result.get();
                created.put((String) body.get("id"), OffsetDateTime.parse((String) body.get("createdAt")));
            }
            return created;
        } finally {
            pool.shutdown();
        }
    }

    /** For each event of these attendees: the broker's append time minus the event's time (at its commit). */
    private static List<Double> outboxToKafka(LocalStack stack, java.util.Set<String> attendees) throws Exception {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        List<Double> millis = new ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor("registration.attendee").stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (attendees.contains(record.key())) {
                        var envelope = JSON.readTree(record.value());
                        OffsetDateTime time = OffsetDateTime.parse(envelope.path("time").asText());
                        millis.add(record.timestamp() - time.toInstant().toEpochMilli() + 0.0);
                    }
                }
            }
        }
        millis.sort(Double::compare);
        return millis;
    }

    private static int total(LocalStack stack, ServiceSpec spec, String token, String meeting) {
        return given().auth().oauth2(token)
                .when().get(stack.url(spec) + "/api/v1/meetings/" + meeting + "/attendees?size=1")
                .then().extract().path("total");
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
