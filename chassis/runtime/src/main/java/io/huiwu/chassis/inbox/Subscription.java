package io.huiwu.chassis.inbox;

import io.huiwu.chassis.events.CloudEvent;
import io.huiwu.chassis.events.EventCodec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The events a consumer reads from one topic: for each CloudEvents type, the reader type its data is read into
 * and the action to apply. Types not listed are skipped (and counted), so a producer can add event types without
 * breaking its consumers.
 */
public final class Subscription {

    private final String topic;
    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    private Subscription(String topic) {
        this.topic = topic;
    }

    public static Subscription topic(String topic) {
        return new Subscription(topic);
    }

    public <T> Subscription on(String type, Class<T> dataType, EventAction<T> action) {
        if (routes.putIfAbsent(type, new Route<>(dataType, action)) != null) {
            throw new IllegalArgumentException("type " + type + " is routed twice on topic " + topic);
        }
        return this;
    }

    public String topic() {
        return topic;
    }

    public Map<String, Route<?>> routes() {
        return Collections.unmodifiableMap(routes);
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(routes.get(type));
    }

    /** A reader type and its action. */
    public record Route<T>(Class<T> dataType, EventAction<T> action) {
        void apply(CloudEvent event) {
            T data = EventCodec.fromTree(event.data(), dataType);
            if (data == null) {
                throw new EventCodec.MalformedEventException("event " + event.id() + " has no data");
            }
            action.apply(data, event);
        }
    }
}
