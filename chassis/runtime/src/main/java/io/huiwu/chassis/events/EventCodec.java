package io.huiwu.chassis.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes events. It has its own mapper on purpose: the REST layer rejects unknown fields, but a consumer
 * must keep working when a producer adds a field to an event, so reading here ignores what the reader type lacks.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {
    }

    public static <T> T fromTree(JsonNode data, Class<T> type) {
        try {
            return MAPPER.treeToValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The envelope written straight from the payload object, without an intermediate tree; the trace attributes are
     * left out when there is no trace.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Envelope(String specversion, java.util.UUID id, String source, String type, String subject,
            java.time.OffsetDateTime time, String datacontenttype, Object data, String traceparent,
            String tracestate) {
    }

    /** A new CloudEvent as JSON, timed now, carrying the current trace if there is one. */
    public static String envelope(java.util.UUID id, String source, String type, String subject, Object data) {
        EventTracing.TraceContext trace = EventTracing.current();
        try {
            return MAPPER.writeValueAsString(new Envelope(CloudEvent.SPEC_VERSION, id, source, type, subject,
                    java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), "application/json", data,
                    trace == null ? null : trace.traceparent(), trace == null ? null : trace.tracestate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(CloudEvent event) {
        return new String(write(event), StandardCharsets.UTF_8);
    }

    /** Reads an envelope; throws {@link MalformedEventException} when the bytes are not a CloudEvent. */
    public static CloudEvent read(byte[] bytes) {
        CloudEvent event;
        try {
            event = MAPPER.readValue(bytes, CloudEvent.class);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage();
            throw new MalformedEventException("not a JSON CloudEvent: " + reason);
        }
        if (event == null || event.id() == null || event.type() == null || event.source() == null) {
            throw new MalformedEventException("a CloudEvent needs id, source and type");
        }
        return event;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An event that cannot be read at all; it goes to the dead-letter topic without retries. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
