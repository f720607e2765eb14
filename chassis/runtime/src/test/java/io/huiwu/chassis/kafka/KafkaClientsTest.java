package io.huiwu.chassis.kafka;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaClientsTest {

    @Test
    void aConsumerFetchWaitsForABatchOfEvents() {
        Map<String, Object> props = clients(Map.of("kafka.bootstrap.servers", "broker:9092"))
                .consumerProperties("venue-service", "venue-service-1", Duration.ofMillis(100), 65_536);

        assertEquals(100, props.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
        assertEquals(65_536, props.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG));
        assertEquals(false, props.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG));
        assertEquals("venue-service", props.get(ConsumerConfig.GROUP_ID_CONFIG));
        assertEquals("broker:9092", props.get("bootstrap.servers"));
    }

    @Test
    void kafkaPropertiesGivenInTheConfigurationWinOverTheDefaults() {
        Map<String, Object> props = clients(Map.of("kafka.fetch.max.wait.ms", "5", "kafka.fetch.min.bytes", "1"))
                .consumerProperties("venue-service", "venue-service-1", Duration.ofMillis(100), 65_536);

        assertEquals("5", props.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
        assertEquals("1", props.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG));
    }

    private static KafkaClients clients(Map<String, String> properties) {
        return new KafkaClients(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build());
    }
}
