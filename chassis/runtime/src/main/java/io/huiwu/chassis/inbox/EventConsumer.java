package io.huiwu.chassis.inbox;

import io.huiwu.chassis.events.CloudEvent;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.chassis.events.EventTracing;
import io.huiwu.chassis.kafka.EventsConfig;
import io.huiwu.chassis.kafka.KafkaClients;
import io.huiwu.chassis.problem.DatabaseFailures;
import io.huiwu.chassis.schema.ChassisSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The service's Kafka consumer: one consumer group per service, subscribed to the topics of every
 * {@link EventSubscriber} bean.
 *
 * <p>Each event is applied together with its id in the {@link Inbox}, in one transaction, so a redelivered event
 * changes nothing: a poll's events share one transaction, and when one fails they are applied one by one. Offsets
 * are committed, in the background, only after the polled events are applied. An event that keeps failing is tried
 * {@code max-attempts} times, then becomes a dead letter ({@link DeadLetters}, and the topic
 * {@code <topic>.<group>.dlq} with the error in its headers), counted in {@code huiwu.events.dead.lettered}; the
 * partition moves on. An event that fails because the database is unreachable is not dead-lettered: the consumer
 * waits and tries it again.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Subscriptions subscriptions;
    private final Inbox inbox;
    private final DeadLetters deadLetterStore;
    private final KafkaClients kafka;
    private final EventsConfig.Consumer config;
    private final ChassisSchema schema;
    private final MeterRegistry registry;
    private final Tracer tracer;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;

    public EventConsumer(Subscriptions subscriptions, Inbox inbox, DeadLetters deadLetterStore, KafkaClients kafka,
            EventsConfig config, ChassisSchema schema, MeterRegistry registry, Tracer tracer) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.deadLetterStore = deadLetterStore;
        this.kafka = kafka;
        this.config = config.consumer();
        this.schema = schema;
        this.registry = registry;
        this.tracer = tracer;
    }

    void start(@Observes @Priority(200) StartupEvent event) {
        if (subscriptions.isEmpty() || !config.enabled()) {
            return;
        }
        schema.ready();
        consumer = kafka.consumer(config.groupId(), config.groupId() + "-" + UUID.randomUUID(),
                config.fetchMaxWait(), config.fetchMinBytes());
        deadLetters = kafka.producer(config.groupId() + "-dead-letters", 30_000);
        running = true;
        thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    public boolean isSubscribed() {
        return !subscriptions.isEmpty() && config.enabled();
    }

    public boolean isRunning() {
        Thread worker = thread;
        return running && worker != null && worker.isAlive();
    }

    public List<String> topics() {
        return subscriptions.topics();
    }

    private void run() {
        try {
            consumer.subscribe(subscriptions.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // what was applied is committed before another consumer takes the partitions over
                    commitNow();
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // nothing to do: positions come from the committed offsets
                }
            });
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                boolean complete = applyPoll(records);
                // the offsets are committed in the background while the next poll waits: a commit that is lost
                // only means a redelivery, which the inbox absorbs
                consumer.commitAsync((offsets, failure) -> {
                    if (failure != null) {
                        LOG.debugf("Could not commit consumer offsets, events may be redelivered: %s",
                                failure.getMessage());
                    }
                });
                if (!complete) {
                    sleep(1_000);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("Event consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("Event consumer stopped", e);
        } finally {
            commitNow();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void commitNow() {
        try {
            consumer.commitSync(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            // the events are applied and in the inbox: a redelivery after this is harmless
            LOG.warnf("Could not commit consumer offsets, events may be redelivered: %s", e.getMessage());
        }
    }

    /**
     * Applies what one poll returned: every partition's records in one transaction when they all succeed (one commit
     * for the poll, which is what keeps a consumer close behind a busy producer), otherwise partition by partition.
     * Returns false if a partition had to stop early because the database is unreachable.
     */
    private boolean applyPoll(ConsumerRecords<String, byte[]> records) {
        if (records.partitions().size() > 1) {
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
            records.forEach(all::add);
            if (applyTogether(all)) {
                return true;
            }
        }
        boolean complete = true;
        for (TopicPartition partition : records.partitions()) {
            if (!applyPartition(records.records(partition), partition)) {
                complete = false;
            }
        }
        return complete;
    }

    /**
     * Applies one partition's records in order: all in one transaction when they all succeed (one commit for the
     * batch, which is what keeps a consumer ahead of a busy producer), otherwise one by one so that a failing
     * event is retried and dead-lettered alone. Returns false if it had to stop early because the database is
     * unreachable; the partition is then rewound to the first record not applied.
     */
    private boolean applyPartition(List<ConsumerRecord<String, byte[]>> records, TopicPartition partition) {
        if (records.size() > 1 && applyTogether(records)) {
            return true;
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!running) {
                consumer.seek(partition, record.offset());
                return false;
            }
            Outcome outcome = apply(record);
            if (outcome == Outcome.RETRY_LATER) {
                consumer.seek(partition, record.offset());
                return false;
            }
        }
        return true;
    }

    /**
     * One transaction for the whole batch; false (and nothing applied) if any record fails or cannot be read. Events
     * that do not concern this service are skipped first, and a batch of only such events opens no transaction.
     */
    private boolean applyTogether(List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> concerning = new ArrayList<>(records.size());
        List<CloudEvent> events = new ArrayList<>(records.size());
        List<Runnable> actions = new ArrayList<>(records.size());
        Map<String, Integer> skipped = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event;
            Optional<Runnable> action;
            try {
                event = EventCodec.read(record.value() == null ? new byte[0] : record.value());
                var route = subscriptions.route(record.topic(), event.type()).orElse(null);
                action = route == null ? Optional.empty() : route.prepare(event);
            } catch (RuntimeException e) {
                return false;
            }
            if (action.isEmpty()) {
                skipped.merge(record.topic() + "\n" + event.type(), 1, Integer::sum);
            } else {
                concerning.add(record);
                events.add(event);
                actions.add(action.get());
            }
        }
        Map<String, Integer> applied = new HashMap<>();
        Map<String, Integer> duplicates = new HashMap<>();
        if (!concerning.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < concerning.size(); i++) {
                        String topic = concerning.get(i).topic();
                        CloudEvent event = events.get(i);
                        if (inbox.firstDelivery(event.id(), topic, event.type())) {
                            applyTraced(actions.get(i), topic, event, records.size());
                            applied.merge(topic + "\n" + event.type(), 1, Integer::sum);
                        } else {
                            duplicates.merge(topic + "\n" + event.type(), 1, Integer::sum);
                        }
                    }
                });
            } catch (RuntimeException e) {
                LOG.debugf("A batch of %d events failed together; applying them one by one: %s", records.size(),
                        e.getMessage());
                return false;
            }
        }
        count("huiwu.events.applied", applied);
        count("huiwu.events.duplicates", duplicates);
        count("huiwu.events.skipped", skipped);
        for (int i = 0; i < concerning.size(); i++) {
            recordDelay(concerning.get(i).topic(), events.get(i));
        }
        return true;
    }

    /**
     * Applies one event inside the consuming transaction, in a span that continues the trace the event carries (a new
     * trace when it carries none). Events this one causes are recorded while the span is current, so they carry the
     * same trace on to their consumers.
     */
    private void applyTraced(Runnable action, String topic, CloudEvent event, int batch) {
        Span span = tracer.spanBuilder(topic + " process")
                .setParent(EventTracing.parentOf(event))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", config.groupId())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("messaging.batch.message_count", batch)
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_subject", event.subject() == null ? "" : event.subject())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            action.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    private void count(String name, Map<String, Integer> counts) {
        counts.forEach((key, n) -> {
            String[] topicAndType = key.split("\n", 2);
            counter(name, topicAndType[0], topicAndType[1]).increment(n);
        });
    }

    private enum Outcome { DONE, RETRY_LATER }

    private Outcome apply(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = EventCodec.read(record.value() == null ? new byte[0] : record.value());
        } catch (EventCodec.MalformedEventException e) {
            return deadLetter(record, null, e, 1);
        }
        var route = subscriptions.route(record.topic(), event.type()).orElse(null);
        if (route == null) {
            counter("huiwu.events.skipped", record.topic(), event.type()).increment();
            return Outcome.DONE;
        }
        long backoff = config.retryBackoff().toMillis();
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= config.maxAttempts() && running; attempt++) {
            try {
                CloudEvent current = event;
                Runnable action = route.prepare(current).orElse(null);
                if (action == null) {
                    counter("huiwu.events.skipped", record.topic(), event.type()).increment();
                    return Outcome.DONE;
                }
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(current.id(), record.topic(), current.type())) {
                        return false;
                    }
                    applyTraced(action, record.topic(), current, 1);
                    return true;
                });
                if (applied) {
                    counter("huiwu.events.applied", record.topic(), event.type()).increment();
                    recordDelay(record.topic(), event);
                } else {
                    counter("huiwu.events.duplicates", record.topic(), event.type()).increment();
                }
                return Outcome.DONE;
            } catch (RuntimeException e) {
                if (isDatabaseUnreachable(e)) {
                    LOG.warnf("Database unreachable while applying event %s; will retry: %s", event.id(),
                            e.getMessage());
                    return Outcome.RETRY_LATER;
                }
                if (e instanceof EventCodec.MalformedEventException) {
                    return deadLetter(record, event, e, attempt);
                }
                failure = e;
                LOG.debugf(e, "Attempt %d at event %s (%s) failed", attempt, event.id(), event.type());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
        if (!running) {
            return Outcome.RETRY_LATER;
        }
        return deadLetter(record, event, failure, config.maxAttempts());
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, CloudEvent event, RuntimeException failure,
            int attempts) {
        String topic = record.topic() + "." + config.groupId() + ".dlq";
        String error = rootMessage(failure);
        try {
            // kept first where an operator can list and replay it; recording the same message again changes nothing
            deadLetterStore.record(record, event, error, attempts);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record a dead letter, will retry the event: %s", e.getMessage());
            return Outcome.RETRY_LATER;
        }
        LOG.errorf("Event %s from %s[%d]@%d is a dead letter (also sent to %s): %s", event == null ? "?" : event.id(),
                record.topic(), record.partition(), record.offset(), topic, error);
        LOG.debug("Cause of the dead letter", failure);
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic, null, record.key(), record.value(), List.of(
                header("dlq-original-topic", record.topic()),
                header("dlq-original-partition", Integer.toString(record.partition())),
                header("dlq-original-offset", Long.toString(record.offset())),
                header("dlq-consumer-group", config.groupId()),
                header("dlq-error", error),
                header("dlq-failed-at", OffsetDateTime.now().toString())));
        try {
            deadLetters.send(dead).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("Could not write to dead-letter topic %s, will retry the event: %s", topic, e.getMessage());
            return Outcome.RETRY_LATER;
        }
        counter("huiwu.events.dead.lettered", record.topic(), event == null ? "unreadable" : event.type())
                .increment();
        return Outcome.DONE;
    }

    private void recordDelay(String topic, CloudEvent event) {
        if (event.time() == null) {
            return;
        }
        long millis = System.currentTimeMillis() - event.time().toInstant().toEpochMilli();
        Timer.builder("huiwu.events.delivery.delay")
                .description("Time from an event being recorded by its producer to its effect committing here")
                .tags("topic", topic, "type", event.type())
                .publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(10))
                .distributionStatisticBufferLength(2)
                .register(registry)
                .record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    private Counter counter(String name, String topic, String type) {
        return Counter.builder(name).tags("topic", topic, "type", type).register(registry);
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    static String rootMessage(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Connection-level failures (SQLSTATE class 08, pool timeouts) say nothing about the event itself. */
    static boolean isDatabaseUnreachable(Throwable failure) {
        return DatabaseFailures.unreachable(failure);
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
