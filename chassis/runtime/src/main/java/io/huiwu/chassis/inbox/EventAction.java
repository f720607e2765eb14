package io.huiwu.chassis.inbox;

import io.huiwu.chassis.events.CloudEvent;

/** What a consumer does with one event's data; it runs inside the transaction that also records the event id. */
@FunctionalInterface
public interface EventAction<T> {
    void apply(T data, CloudEvent event);
}
