package io.huiwu.systemtests;

import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roster events flow from registration to the three other services through a real broker: every attendee
 * registered shows up downstream, registration keeps working while Kafka is down and nothing is lost when it comes
 * back, delivering the same events again changes nothing, and a dead letter is handled only by the service that holds
 * it. Each test has a meeting of its own, so they pass in any order.
 */
class EventFlowIT {

    private static final List<ServiceSpec> DOWNSTREAM =
            List.of(ServiceSpec.LOGISTICS, ServiceSpec.VENUE, ServiceSpec.DOCUMENTS);
    private static final String TOPIC = "registration.attendee";

    /** How long events may take to reach every service on a loaded two-core machine: generous, never a margin. */
    static final Duration DELIVERY = Duration.ofSeconds(120);

    private static LocalStack stack;
    private static String organizer;
    private String meetingId;

    @BeforeAll
    static void startStack() throws Exception {
        stack = RunningStack.get();
        organizer = RunningStack.token("organizer");
    }

    @Test
    void twoHundredRegisteredAttendeesAreListedByEveryDownstreamService() throws Exception {
        meetingId = RunningStack.meeting("跨服务测试会议");
        List<Integer> statuses = register(0, 200);
        assertTrue(statuses.stream().allMatch(status -> status == 201), "every registration answered 201");
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertEquals(Map.of("logistics-service", 200, "venue-service", 200,
                        "documents-service", 200), downstreamTotals()));
    }

    @Test
    void registrationAndCheckInKeepWorkingWithoutKafkaAndNothingIsLost() throws Exception {
        meetingId = RunningStack.meeting("停用消息队列测试会议");
        assertTrue(register(0, 200).stream().allMatch(status -> status == 201));
        RunningStack.verifyAll(meetingId);
        String registration = stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meetingId;
        String type = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"name\":\"出席证\",\"colour\":\"#C8102E\",\"prefix\":\"CX\",\"categories\":[\"ATTENDEE\"]}")
                .when().post(registration + "/credential-types").then().statusCode(201).extract().path("id");
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .when().post(registration + "/credential-types/" + type + "/issue-all").then().statusCode(200);
        List<String> payloads = given().auth().oauth2(organizer).when().get(registration + "/credentials")
                .then().statusCode(200).extract().path("items.payload");
        String desk = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"name\":\"报到处\",\"kind\":\"DESK\",\"categories\":[\"ATTENDEE\"]}")
                .when().post(registration + "/checkin/lists").then().statusCode(201).extract().path("id");

        stack.stopKafka();
        List<Integer> statuses;
        List<Integer> checkIns = new ArrayList<>();
        try {
            statuses = register(200, 50);
            for (String payload : payloads.subList(0, 20)) {
                checkIns.add(given().auth().oauth2(organizer).contentType(ContentType.JSON)
                        .body("{\"listId\":\"" + desk + "\",\"secret\":\"" + payload + "\",\"nonce\":\""
                                + UUID.randomUUID() + "\"}")
                        .when().post(registration + "/checkin/redeem").then().extract().statusCode());
            }
        } finally {
            stack.startKafka();
        }
        assertEquals(50, statuses.size());
        assertTrue(statuses.stream().allMatch(status -> status == 201), "every registration answered 201: "
                + statuses);
        assertTrue(checkIns.stream().allMatch(status -> status == 201), "every check-in admitted: " + checkIns);
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertEquals(Map.of("logistics-service", 250, "venue-service", 250,
                        "documents-service", 250), downstreamTotals()));
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> checkedInEventsOnTopic() == 20);
    }

    @Test
    void theSameEventsDeliveredTwiceChangeNothing() throws Exception {
        meetingId = RunningStack.meeting("重复投递测试会议");
        assertTrue(register(0, 50).stream().allMatch(status -> status == 201));
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertEquals(Map.of("logistics-service", 50, "venue-service", 50,
                        "documents-service", 50), downstreamTotals()));
        String sample = given().auth().oauth2(organizer)
                .when().get(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meetingId
                        + "/attendees?sort=rank&size=1")
                .then().statusCode(200).extract().path("items[0].id");
        Map<ServiceSpec, String> before = new java.util.HashMap<>();
        for (ServiceSpec spec : DOWNSTREAM) {
            before.put(spec, readAttendee(spec, sample));
        }

        Map<ServiceSpec, Double> duplicatesBefore = new java.util.HashMap<>();
        for (ServiceSpec spec : DOWNSTREAM) {
            // everything on the topic applied once already, so that every record sent again is a redelivery
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).until(() -> consumerLag(spec.name()) == 0);
            duplicatesBefore.put(spec, duplicatesCounted(spec));
        }
        int redelivered = republishEverything();
        assertTrue(redelivered >= 50, "re-published " + redelivered + " events");
        for (ServiceSpec spec : DOWNSTREAM) {
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                    .until(() -> consumerLag(spec.name()) == 0);
        }
        assertEquals(Map.of("logistics-service", 50, "venue-service", 50, "documents-service", 50),
                downstreamTotals());
        for (ServiceSpec spec : DOWNSTREAM) {
            assertEquals(before.get(spec), readAttendee(spec, sample), spec.name() + " changed its copy");
            assertTrue(duplicatesCounted(spec) - duplicatesBefore.get(spec) >= redelivered,
                    spec.name() + " recognised the redeliveries");
        }
    }

    @Test
    void aDeadLetterIsReplayedOrDiscardedOnlyByTheServiceThatHoldsIt() throws Exception {
        String admin = RunningStack.administrator();
        String key = "not-an-event-" + UUID.randomUUID();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            // JSON, but not an event: every consumer of the topic makes it a dead letter of its own
            producer.send(new ProducerRecord<>("registration.access", key,
                    "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8))).get();
        }
        String venue = stack.url(ServiceSpec.VENUE) + "/api/v1/dead-letters";
        String deadLetter = await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).until(() -> given()
                .auth().oauth2(admin).queryParam("status", "PENDING").queryParam("size", 500)
                .when().get(venue).then().statusCode(200).extract()
                .<String>path("items.find { it.key == '" + key + "' }.id"), id -> id != null);

        String logistics = stack.url(ServiceSpec.LOGISTICS) + "/api/v1/dead-letters/" + deadLetter;
        given().auth().oauth2(admin).when().post(logistics + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"not ours\"}")
                .when().post(logistics + "/discard")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).when().get(venue + "/" + deadLetter)
                .then().statusCode(200).body("status", equalTo("PENDING"))
                .body("attempts", equalTo(1));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"测试消息，不是事件\"}")
                .when().post(venue + "/" + deadLetter + "/discard")
                .then().statusCode(200).body("status", equalTo("DISCARDED"));
    }

    /** Distinct attendee-checked-in events of this meeting on the topic. */
    private long checkedInEventsOnTopic() throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "checkin-reader-" + UUID.randomUUID());
        java.util.Set<String> scans = new java.util.HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var info = consumer.partitionsFor("registration.checkin", Duration.ofSeconds(10));
            if (info == null || info.isEmpty()) {
                return 0;
            }
            List<TopicPartition> partitions = info.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    var event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
                    if (event.path("type").asText().equals("attendee-checked-in")
                            && event.path("data").path("meetingId").asText().equals(meetingId)) {
                        scans.add(event.path("data").path("scanId").asText());
                    }
                }
            }
        }
        return scans.size();
    }

    private List<Integer> register(int from, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                int number = i;
                results.add(pool.submit(() -> given().auth().oauth2(organizer).contentType(ContentType.JSON)
                        .body("{\"name\":\"代表" + number + "\",\"gender\":\"" + (number % 3 == 0 ? "FEMALE" : "MALE")
                                + "\",\"category\":\"ATTENDEE\",\"delegation\":\"第" + (number % 10) + "代表团\","
                                + "\"rank\":" + (number + 1) + "}")
                        .when().post(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meetingId
                                + "/attendees")
                        .then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, Integer> downstreamTotals() throws Exception {
        String token = RunningStack.token("organizer");
        return DOWNSTREAM.stream().collect(Collectors.toMap(ServiceSpec::name, spec -> given().auth().oauth2(token)
                .when().get(stack.url(spec) + "/api/v1/meetings/" + meetingId + "/attendees?size=1")
                .then().statusCode(200).extract().<Integer>path("total")));
    }

    private String readAttendee(ServiceSpec spec, String id) {
        return given().auth().oauth2(organizer)
                .when().get(stack.url(spec) + "/api/v1/meetings/" + meetingId + "/attendees/" + id)
                .then().statusCode(200).extract().asString();
    }

    private double duplicatesCounted(ServiceSpec spec) {
        String metrics = given().when().get(stack.url(spec) + "/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("huiwu_events_duplicates_total{") && line.contains(TOPIC))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Reads every record on the roster topic and writes it again, byte for byte (same event ids). */
    private int republishEverything() {
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "republisher-" + UUID.randomUUID());
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        int count = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            for (ConsumerRecord<String, byte[]> record : records) {
                ProducerRecord<String, byte[]> copy = new ProducerRecord<>(TOPIC, null, record.key(), record.value(),
                        record.headers());
                producer.send(copy);
                count++;
            }
            producer.flush();
        }
        return count;
    }

    /** How many records on the roster topic a service's consumer group has not committed yet. */
    private long consumerLag(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .filter(p -> p.topic().equals(TOPIC))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            return latest.keySet().stream()
                    .mapToLong(p -> ends.get(p).offset() - committed.get(p).offset())
                    .sum();
        }
    }
}
