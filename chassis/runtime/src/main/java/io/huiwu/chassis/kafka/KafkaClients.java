package io.huiwu.chassis.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Creates the Kafka clients of the event pipeline. Any {@code kafka.*} property (for instance
 * {@code kafka.bootstrap.servers} or {@code kafka.security.protocol}) is passed to every client.
 */
@ApplicationScoped
public class KafkaClients {

    private final Config config;

    public KafkaClients(Config config) {
        this.config = config;
    }

    public String bootstrapServers() {
        return config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("localhost:9092");
    }

    /** A producer that never loses or duplicates within a session: idempotent, acknowledged by all replicas. */
    public KafkaProducer<String, byte[]> producer(String clientId, long timeoutMillis) {
        Map<String, Object> props = common();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMillis, 10_000L));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeoutMillis, 10_000L));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeoutMillis, 12_000L));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(props);
    }

    /**
     * A consumer that commits offsets itself, only after the events it polled have been applied. A fetch waits up to
     * {@code fetchMaxWait} for {@code fetchMinBytes} of events, unless {@code kafka.fetch.max.wait.ms} or
     * {@code kafka.fetch.min.bytes} say otherwise.
     */
    public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, Duration fetchMaxWait,
            int fetchMinBytes) {
        return new KafkaConsumer<>(consumerProperties(groupId, clientId, fetchMaxWait, fetchMinBytes));
    }

    Map<String, Object> consumerProperties(String groupId, String clientId, Duration fetchMaxWait,
            int fetchMinBytes) {
        Map<String, Object> props = common();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) fetchMaxWait.toMillis());
        props.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, fetchMinBytes);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    private Map<String, Object> common() {
        Map<String, Object> props = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.devservices")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> props.put(name.substring("kafka.".length()), value));
            }
        }
        props.put("bootstrap.servers", bootstrapServers());
        props.put("reconnect.backoff.max.ms", 2000);
        return props;
    }
}
