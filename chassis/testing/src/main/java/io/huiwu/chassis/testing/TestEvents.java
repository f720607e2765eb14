package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** CloudEvents envelopes as a producer writes them, for consumer tests that put events on a topic themselves. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** A structured-mode CloudEvent with a new id. */
    public static byte[] envelope(String source, String type, String subject, JsonNode data) {
        return envelope(UUID.randomUUID().toString(), source, type, subject, data);
    }

    /** A structured-mode CloudEvent with the given id (to deliver the same event twice). */
    public static byte[] envelope(String id, String source, String type, String subject, JsonNode data) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source)
                .put("type", type)
                .put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", data);
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
