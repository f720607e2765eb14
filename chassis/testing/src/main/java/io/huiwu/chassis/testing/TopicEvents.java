package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads the events on a topic from its beginning, and writes raw records to one: for asserting on real topics. */
public final class TopicEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    public TopicEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The in-process cluster of the tests. */
    public static TopicEvents inTestCluster() {
        return new TopicEvents(TestInfrastructure.kafkaBootstrapServers());
    }

    /** A record as it is on the topic: key, headers and the CloudEvent envelope as JSON. */
    public record Event(String topic, int partition, long offset, String key, Map<String, String> headers,
            JsonNode envelope, byte[] value) {
        public String type() {
            return envelope.path("type").asText();
        }

        public String id() {
            return envelope.path("id").asText();
        }

        public String subject() {
            return envelope.path("subject").asText();
        }

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    /** Every record currently on the topic (none if it does not exist). */
    public List<Event> all(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "topic-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return events;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, Duration.ofSeconds(10));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!reached(consumer, end) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(toEvent(record));
                }
            }
        }
        return events;
    }

    /** The records on the topic that match. */
    public List<Event> matching(String topic, Predicate<Event> filter) {
        return all(topic).stream().filter(filter).toList();
    }

    /** Writes raw bytes to a topic, as a faulty or hostile producer might. */
    public void send(String topic, String key, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Event toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(),
                java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode envelope;
        try {
            envelope = record.value() == null ? JSON.nullNode() : JSON.readTree(record.value());
        } catch (IOException e) {
            envelope = JSON.nullNode();
        }
        return new Event(record.topic(), record.partition(), record.offset(), record.key(), headers, envelope,
                record.value());
    }
}
