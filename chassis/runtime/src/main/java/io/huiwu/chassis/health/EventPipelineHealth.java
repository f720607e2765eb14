package io.huiwu.chassis.health;

import io.huiwu.chassis.inbox.EventConsumer;
import io.huiwu.chassis.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import io.smallrye.health.api.Wellness;

/**
 * Health of the event pipeline.
 *
 * <p>Liveness fails when the outbox relay or the event consumer thread has died, which only a restart mends. Kafka
 * being unreachable does not make a service unready, because a service keeps working without Kafka (events wait in
 * the outbox): that is reported under wellness, with how many events are waiting.
 */
public final class EventPipelineHealth {

    private EventPipelineHealth() {
    }

    @Liveness
    @ApplicationScoped
    public static class Threads implements HealthCheck {
        private final OutboxRelay relay;
        private final EventConsumer consumer;

        public Threads(OutboxRelay relay, EventConsumer consumer) {
            this.relay = relay;
            this.consumer = consumer;
        }

        @Override
        public HealthCheckResponse call() {
            boolean relayOk = !relay.isEnabled() || relay.isRunning();
            boolean consumerOk = !consumer.isSubscribed() || consumer.isRunning();
            return HealthCheckResponse.named("event-pipeline-threads")
                    .status(relayOk && consumerOk)
                    .withData("outboxRelay",
                            relay.isEnabled() ? (relay.isRunning() ? "running" : "stopped") : "disabled")
                    .withData("eventConsumer", consumer.isSubscribed()
                            ? (consumer.isRunning() ? "running" : "stopped") : "not subscribed")
                    .build();
        }
    }

    @Wellness
    @ApplicationScoped
    public static class Kafka implements HealthCheck {
        private final OutboxRelay relay;
        private final EventConsumer consumer;

        public Kafka(OutboxRelay relay, EventConsumer consumer) {
            this.relay = relay;
            this.consumer = consumer;
        }

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-publishing")
                    .status(relay.consecutiveFailures() == 0);
            try {
                builder.withData("pendingEvents", relay.pending());
            } catch (Exception e) {
                builder.withData("pendingEvents", "unknown");
            }
            if (relay.lastSuccess() != null) {
                builder.withData("lastSuccessfulRelay", relay.lastSuccess().toString());
            }
            if (relay.lastError() != null) {
                builder.withData("lastError", relay.lastError());
            }
            builder.withData("subscribedTopics", String.join(",", consumer.topics()));
            return builder.build();
        }
    }
}
