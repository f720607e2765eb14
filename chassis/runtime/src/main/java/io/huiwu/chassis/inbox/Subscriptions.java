package io.huiwu.chassis.inbox;

import io.huiwu.chassis.kafka.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link Subscription} of the service's {@link EventSubscriber}s, by the name of the topic as subscribed (with
 * the configured prefix): what the consumer reads, and what a replayed dead letter is applied with.
 */
@ApplicationScoped
public class Subscriptions {

    private final Instance<EventSubscriber> subscribers;
    private final EventsConfig.Consumer config;
    private volatile Map<String, Subscription> byTopic;

    public Subscriptions(Instance<EventSubscriber> subscribers, EventsConfig config) {
        this.subscribers = subscribers;
        this.config = config.consumer();
    }

    private Map<String, Subscription> byTopic() {
        Map<String, Subscription> current = byTopic;
        if (current == null) {
            Map<String, Subscription> built = new HashMap<>();
            for (EventSubscriber subscriber : subscribers) {
                Subscription subscription = subscriber.subscription();
                String topic = config.topicPrefix().map(prefix -> prefix + subscription.topic())
                        .orElse(subscription.topic());
                if (built.putIfAbsent(topic, subscription) != null) {
                    throw new IllegalStateException("two subscribers for topic " + topic
                            + "; route all its types in one subscription");
                }
            }
            current = Map.copyOf(built);
            byTopic = current;
        }
        return current;
    }

    public boolean isEmpty() {
        return byTopic().isEmpty();
    }

    public List<String> topics() {
        return List.copyOf(byTopic().keySet());
    }

    /** The route for an event of this type on this topic, or empty if the service does not read it. */
    Optional<Subscription.Route<?>> route(String topic, String type) {
        Subscription subscription = byTopic().get(topic);
        return subscription == null ? Optional.empty() : subscription.route(type);
    }
}
