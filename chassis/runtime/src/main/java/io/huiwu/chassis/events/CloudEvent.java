package io.huiwu.chassis.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on Kafka: the whole envelope is the record value,
 * {@code data} is the producer's JSON payload and {@code subject} is the aggregate id (also the record key).
 * {@code traceparent} and {@code tracestate} (the CloudEvents distributed tracing extension) name the trace of the
 * work that caused the event, when it was traced ({@link EventTracing}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
}
