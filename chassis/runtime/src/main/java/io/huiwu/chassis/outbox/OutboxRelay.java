package io.huiwu.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventTracing;
import io.huiwu.chassis.kafka.EventsConfig;
import io.huiwu.chassis.kafka.KafkaClients;
import io.huiwu.chassis.schema.ChassisSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to Kafka, in the order they were written, and moves them to
 * {@code outbox_published}, where they stay for the retention period.
 *
 * <p>Each round first takes the service's relay turn (a row every relay of the service locks for its round, skipped
 * when another holds it), so that with several instances rounds still happen one after another and each
 * aggregate's events reach Kafka in commit order. It then claims up to a batch of unsent rows in order, sends them
 * with an idempotent producer ({@code acks=all}), waits for the producer's verdict on every one and only then moves
 * them out of the queue and commits. If Kafka fails half-way the transaction rolls back and the producer is thrown
 * away with whatever it still held, so that nothing of the failed round reaches Kafka later beside the round that
 * sends it again. Rows Kafka acknowledged in a round whose commit then failed are moved by the next round without
 * being sent again; a row is published once unless the broker itself lost its answer, or the relay stopped between
 * Kafka's answer and its commit.
 *
 * <p>A commit that recorded an event wakes the relay at once; otherwise it looks every poll interval for rows
 * committed by other replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = "select seq, topic, message_key, payload from outbox_event"
            + " order by seq limit ? for update";
    /**
     * The queue keeps only what is still to be sent; published rows are appended to the history table, stamped with
     * the moment Kafka's acknowledgement was recorded (not the round's start, which may precede a row's creation).
     */
    private static final String MARK_SENT = "with sent as (delete from outbox_event where seq = any(?)"
            + " returning seq, id, topic, message_key, event_type, payload, created_at)"
            + " insert into outbox_published (seq, id, topic, message_key, event_type, payload, created_at, sent_at)"
            + " select seq, id, topic, message_key, event_type, payload, created_at, clock_timestamp() from sent";
    private static final String COUNT_PENDING = "select count(*) from outbox_event";
    private static final String TAKE_TURN = "select id from outbox_relay_turn where id = 1 for update skip locked";

    private final AgroalDataSource dataSource;
    private final KafkaClients kafka;
    private final EventsConfig.Outbox config;
    private final ChassisSchema schema;
    private final MeterRegistry registry;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong lastSuccess = new AtomicLong();
    private final AtomicLong consecutiveFailures = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile String lastError;
    private final Counter published;
    /**
     * Rows Kafka acknowledged in a round whose commit then failed (the database went away between Kafka's answer
     * and the move to the history): the next round moves them without sending them again.
     */
    private final Set<Long> acknowledged = new HashSet<>();
    private final Tracer tracer;
    private final boolean tracing;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(AgroalDataSource dataSource, KafkaClients kafka, EventsConfig config, ChassisSchema schema,
            MeterRegistry registry, Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        this.dataSource = dataSource;
        this.tracer = tracer;
        this.tracing = !tracingOff;
        this.kafka = kafka;
        this.config = config.outbox();
        this.schema = schema;
        this.registry = registry;
        this.published = Counter.builder("huiwu.outbox.published").description("Events published from the outbox")
                .register(registry);
    }

    void start(@Observes @Priority(100) StartupEvent event) {
        schema.ready();
        Gauge.builder("huiwu.outbox.pending", this, OutboxRelay::pendingQuietly)
                .description("Events recorded but not yet acknowledged by Kafka").register(registry);
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled on this replica");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            signal.release();
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer(java.time.Duration.ofSeconds(5));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = kafka.producer("outbox-relay-" + UUID.randomUUID(), config.sendTimeout().toMillis());
        }
        return producer;
    }

    /** Closes the producer; with a zero timeout, whatever it still holds is dropped, never sent later. */
    private synchronized void closeProducer(java.time.Duration timeout) {
        if (producer != null) {
            try {
                producer.close(timeout);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the outbox producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    /** Asks the relay to look for new rows now rather than at its next poll. */
    public void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    public boolean isRunning() {
        Thread current = thread;
        return running && current != null && current.isAlive();
    }

    public boolean isEnabled() {
        return config.enabled();
    }

    /** When the last round succeeded, or null if none has. */
    public Instant lastSuccess() {
        long millis = lastSuccess.get();
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    public long consecutiveFailures() {
        return consecutiveFailures.get();
    }

    public String lastError() {
        return lastError;
    }

    public long pending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(COUNT_PENDING);
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private double pendingQuietly() {
        try {
            return pending();
        } catch (SQLException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void run() {
        while (running) {
            int sent;
            try {
                sent = relayOnce();
                lastSuccess.set(System.currentTimeMillis());
                if (consecutiveFailures.getAndSet(0) > 0) {
                    LOG.info("Outbox relay is publishing again");
                }
                lastError = null;
            } catch (Exception e) {
                long failures = consecutiveFailures.incrementAndGet();
                lastError = e.getMessage();
                if (failures == 1) {
                    LOG.warnf("Outbox relay could not publish, will retry: %s", e.getMessage());
                } else {
                    LOG.debugf(e, "Outbox relay failed %d times in a row", failures);
                }
                pause(Math.min(5_000L, 100L << Math.min(failures, 6)));
                continue;
            }
            if (sent < config.batchSize()) {
                pause(config.pollInterval().toMillis());
            }
        }
    }

    private void pause(long millis) {
        try {
            if (signal.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                // woken by a commit: give concurrent commits a moment to join this round
                Thread.sleep(config.linger().toMillis());
                signal.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * A span for sending one event, continuing the trace the event carries (written by the outbox when it was
     * recorded), ended when Kafka has answered; the record also gets the span as its {@code traceparent} header, for
     * tools that read Kafka headers. Only when tracing is on: the trace is found in the JSON without parsing it.
     */
    private Span publishSpan(String topic, String payload, List<Header> headers) {
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(EventTracing.parentOf(attribute(payload, "traceparent"), attribute(payload, "tracestate")))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        EventTracing.TraceContext context;
        try (Scope scope = span.makeCurrent()) {
            context = EventTracing.current();
        }
        if (context != null) {
            headers.add(new RecordHeader("traceparent", context.traceparent().getBytes(StandardCharsets.UTF_8)));
        }
        return span;
    }

    /** A top-level string attribute of a CloudEvent's JSON as the outbox wrote it (after the data), or null. */
    static String attribute(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.lastIndexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    /**
     * One round: take the turn, claim, send, wait for the producer's verdict, move the rows to the published table.
     * Returns how many rows were published (none when another relay has the turn). The relay thread calls it; a
     * test can call it on a second instance to run a second relay.
     */
    public synchronized int relayOnce() throws Exception {
        KafkaProducer<String, byte[]> producer = producer();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement turn = connection.prepareStatement(TAKE_TURN);
                        ResultSet mine = turn.executeQuery()) {
                    if (!mine.next()) {
                        connection.commit();
                        return 0;
                    }
                }
                List<Long> claimed = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                List<Span> spans = tracing ? new ArrayList<>() : List.of();
                try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                    claim.setInt(1, config.batchSize());
                    try (ResultSet rows = claim.executeQuery()) {
                        while (rows.next()) {
                            long seq = rows.getLong(1);
                            claimed.add(seq);
                            if (acknowledged.contains(seq)) {
                                continue;
                            }
                            String topic = rows.getString(2);
                            String payload = rows.getString(4);
                            List<Header> headers = new ArrayList<>(2);
                            headers.add(new RecordHeader("content-type",
                                    io.huiwu.chassis.events.CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
                            if (tracing) {
                                spans.add(publishSpan(topic, payload, headers));
                            }
                            acks.add(producer.send(new ProducerRecord<>(topic, null, rows.getString(3),
                                    payload.getBytes(StandardCharsets.UTF_8), headers)));
                        }
                    }
                }
                if (claimed.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                // the producer gives its verdict on each record within its delivery timeout (the send timeout); the
                // margin only guards against a producer that never answers
                long deadline = System.nanoTime() + config.sendTimeout().toNanos() + TimeUnit.SECONDS.toNanos(15);
                try {
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    }
                } catch (Exception e) {
                    spans.forEach(span -> span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage())));
                    throw e;
                } finally {
                    spans.forEach(Span::end);
                }
                // Kafka has them all: should the database fail from here on, the next round only moves them
                acknowledged.addAll(claimed);
                try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
                    Array array = connection.createArrayOf("bigint", claimed.toArray());
                    mark.setArray(1, array);
                    mark.executeUpdate();
                }
                connection.commit();
                // rows are claimed oldest first: a row up to the newest claimed that was not claimed is not queued
                long newest = claimed.get(claimed.size() - 1);
                acknowledged.removeIf(seq -> seq <= newest);
                published.increment(claimed.size());
                return claimed.size();
            } catch (Exception e) {
                connection.rollback();
                // records of this round the producer may still hold must not reach Kafka beside the next round's
                closeProducer(java.time.Duration.ZERO);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
