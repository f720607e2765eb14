package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's AsyncAPI document ({@code asyncapi/asyncapi.yaml}): its channels (topics), the CloudEvents types on
 * each, and the JSON Schema of each type's data.
 */
public final class AsyncApiDocument {

    /** Where each service keeps its document, relative to the module. */
    public static final Path OWN = Path.of("asyncapi", "asyncapi.yaml");

    private final Path file;
    private final JsonNode root;

    private AsyncApiDocument(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    public static AsyncApiDocument read(Path file) {
        try {
            return new AsyncApiDocument(file, new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AsyncAPI document " + file.toAbsolutePath(), e);
        }
    }

    /** A schema of the document's components. */
    public JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new AssertionError(file + " declares no schema " + name);
        }
        return schema;
    }

    /** The topics the service publishes on (send operations), each with the schema of every CloudEvents type. */
    public Map<String, Map<String, EventContract>> published() {
        Map<String, Map<String, EventContract>> topics = new HashMap<>();
        root.path("operations").forEach(operation -> {
            if (!"send".equals(operation.path("action").asText())) {
                return;
            }
            JsonNode channel = resolve(operation.path("channel"));
            Map<String, EventContract> types = new HashMap<>();
            channel.path("messages").forEach(reference -> {
                JsonNode message = resolve(reference);
                JsonNode data = dataSchema(message);
                if (data != null) {
                    types.put(message.path("name").asText(), EventContract.of(file.getFileName() + " "
                            + message.path("name").asText(), data));
                }
            });
            if (!types.isEmpty()) {
                topics.put(channel.path("address").asText(), types);
            }
        });
        return topics;
    }

    /** The schema of a message's CloudEvents data: the {@code data} property of its payload. */
    private JsonNode dataSchema(JsonNode message) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode payload = message.path("payload");
        parts.add(payload);
        payload.path("allOf").forEach(parts::add);
        for (JsonNode part : parts) {
            JsonNode data = part.path("properties").path("data");
            if (!data.isMissingNode()) {
                return resolve(data);
            }
        }
        return null;
    }

    /** Follows a local reference ({@code #/components/...}); anything else is returned as it is. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#/")) {
            current = root.at(current.path("$ref").asText().substring(1));
            Assertions.assertFalse(current.isMissingNode(), file + ": reference " + node + " leads nowhere");
        }
        return current;
    }
}
