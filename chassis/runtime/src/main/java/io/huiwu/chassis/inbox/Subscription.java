package io.huiwu.chassis.inbox;

import io.huiwu.chassis.events.CloudEvent;
import io.huiwu.chassis.events.EventCodec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The events a consumer reads from one topic: for each CloudEvents type, the reader type its data is read into
 * and the action to apply. Types not listed are skipped (and counted), so a producer can add event types without
 * breaking its consumers. A type may also name which of its events concern the consumer (a check-in at a session,
 * not at the dining hall): the others are skipped the same way, before the inbox, so that a busy topic whose events
 * mostly concern someone else costs the consumer no database work.
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
        return on(type, dataType, data -> true, action);
    }

    /**
     * Routes a type whose events concern this consumer only when {@code concerns} holds for their data; the others
     * are skipped without being recorded, so applying one must change nothing when the predicate is false.
     */
    public <T> Subscription on(String type, Class<T> dataType, Predicate<? super T> concerns, EventAction<T> action) {
        if (routes.putIfAbsent(type, new Route<>(dataType, concerns, action)) != null) {
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

    /** A reader type, which of its events concern the consumer, and the action. */
    public record Route<T>(Class<T> dataType, Predicate<? super T> concerns, EventAction<T> action) {
        void apply(CloudEvent event) {
            action.apply(read(event), event);
        }

        /** The action on this event's data, or empty when the event does not concern the consumer. */
        Optional<Runnable> prepare(CloudEvent event) {
            T data = read(event);
            return concerns.test(data) ? Optional.of(() -> action.apply(data, event)) : Optional.empty();
        }

        private T read(CloudEvent event) {
            T data = EventCodec.fromTree(event.data(), dataType);
            if (data == null) {
                throw new EventCodec.MalformedEventException("event " + event.id() + " has no data");
            }
            return data;
        }
    }
}
