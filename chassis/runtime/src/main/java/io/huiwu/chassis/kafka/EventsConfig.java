package io.huiwu.chassis.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the event pipeline ({@code huiwu.events.*}); Kafka itself is reached at
 * {@code kafka.bootstrap.servers}.
 */
@ConfigMapping(prefix = "huiwu.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of events this service publishes, e.g. {@code /registration-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    Outbox outbox();

    Consumer consumer();

    interface Outbox {
        /** Whether this replica runs the relay that publishes recorded events. */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for events committed by other replicas (its own commits wake it at once). */
        @WithDefault("100ms")
        Duration pollInterval();

        /**
         * How long the relay waits after being woken before it claims rows, so that under load one round carries
         * many events instead of one.
         */
        @WithDefault("5ms")
        Duration linger();

        /** The most events the relay claims in one transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long published events stay in the table for inspection before they are deleted. */
        @WithDefault("P7D")
        Duration retention();

        /** The longest the relay waits for Kafka to acknowledge a batch before it gives the batch back. */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    interface Consumer {
        /** Whether this service consumes events at all. */
        @WithDefault("true")
        boolean enabled();

        /** The consumer group; each service has its own. */
        @WithDefault("${quarkus.application.name}")
        String groupId();

        /** Attempts at one event before it goes to the dead-letter topic. */
        @WithDefault("5")
        int maxAttempts();

        /** Pause between attempts; it doubles after each failure. */
        @WithDefault("100ms")
        Duration retryBackoff();

        /** How long applied event ids are kept to recognise redeliveries; longer than the topics' retention. */
        @WithDefault("P30D")
        Duration inboxRetention();

        /**
         * How long the broker may hold a fetch until {@link #fetchMinBytes()} of events have gathered. Under load one
         * poll then carries many events, applied in one transaction and committed once, instead of a few each; when
         * events are rare, each reaches the consumer at most this much later.
         */
        @WithDefault("100ms")
        Duration fetchMaxWait();

        /** The amount of events a fetch waits for, up to {@link #fetchMaxWait()}. */
        @WithDefault("65536")
        int fetchMinBytes();

        /** Overrides the subscribed topics' names, for tests that need a private topic. */
        Optional<String> topicPrefix();
    }
}
