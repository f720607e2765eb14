package io.huiwu.chassis.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.Map;

/**
 * Carries the trace of the work that caused an event inside the event itself, as the CloudEvents distributed tracing
 * extension does: {@code traceparent} and {@code tracestate} in W3C Trace Context form. The outbox writes the trace
 * current when the event is recorded (the request's, or the consuming transaction's); a consumer continues it, so one
 * trace runs from an HTTP request through the outbox and Kafka to every service that applies the event. With tracing
 * off there is no current trace and the event carries none.
 */
public final class EventTracing {

    /** The trace an event continues: W3C {@code traceparent} and, when there is one, {@code tracestate}. */
    public record TraceContext(String traceparent, String tracestate) {
    }

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private EventTracing() {
    }

    /** The trace of the current span, or null when there is none (tracing off, or work outside any trace). */
    public static TraceContext current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        String traceparent = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        StringBuilder state = new StringBuilder();
        span.getTraceState().forEach((key, value) -> {
            if (state.length() > 0) {
                state.append(',');
            }
            state.append(key).append('=').append(value);
        });
        return new TraceContext(traceparent, state.length() == 0 ? null : state.toString());
    }

    /**
     * The context a consumer's span continues: the event's trace when it carries a well-formed one, else the root (a
     * new trace). A malformed {@code traceparent} is ignored, never an error: tracing must not stop an event.
     */
    public static Context parentOf(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = tracestate == null ? Map.of("traceparent", traceparent)
                : Map.of("traceparent", traceparent, "tracestate", tracestate);
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
    }

    /** The context of an event as read from Kafka. */
    public static Context parentOf(CloudEvent event) {
        return parentOf(event.traceparent(), event.tracestate());
    }
}
