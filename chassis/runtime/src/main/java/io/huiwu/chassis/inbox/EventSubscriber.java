package io.huiwu.chassis.inbox;

/**
 * A bean that consumes events. The chassis finds every such bean, subscribes the service's consumer group to their
 * topics, and applies each event exactly once in effect (see {@link EventConsumer}).
 */
public interface EventSubscriber {
    Subscription subscription();
}
