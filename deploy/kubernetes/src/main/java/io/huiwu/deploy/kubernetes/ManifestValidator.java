package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates rendered objects against {@link Schemas}: each problem names the object (kind, namespace and name) and
 * the field ({@code $.spec.template.spec.containers[0].image}).
 */
public final class ManifestValidator {

    private final Schemas schemas;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    // Kubernetes formats (int32, byte, date-time) are checked by the API server, not by JSON Schema's formats
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false)
            .pathType(PathType.JSON_PATH).build();
    private final Map<String, Optional<JsonSchema>> compiled = new ConcurrentHashMap<>();
    private final JsonSchema metadata;

    public ManifestValidator(Schemas schemas) {
        this.schemas = schemas;
        this.metadata = factory.getSchema(schemas.metadataSchema(), config);
    }

    /** The problems of one object; empty when it is valid. */
    public List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String name = describe(object);
        List<String> problems = new ArrayList<>();
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            problems.add(name + ": $.apiVersion and $.kind are required");
            return problems;
        }
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add(name + ": $.metadata.name is required");
        }
        Optional<JsonSchema> schema = compiled.computeIfAbsent(apiVersion + " " + kind,
                k -> schemas.validationSchema(apiVersion, kind).map(s -> factory.getSchema(s, config)));
        if (schema.isEmpty()) {
            problems.add(name + ": no schema for " + kind + " in " + apiVersion
                    + " (add it under deploy/kubernetes/schemas)");
            return problems;
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.get().validate(object));
        if (!schemas.isBuiltIn(apiVersion, kind)) {
            JsonNode meta = object.path("metadata");
            if (meta instanceof ObjectNode) {
                for (ValidationMessage message : metadata.validate(meta)) {
                    problems.add(name + ": $.metadata" + message.getInstanceLocation().toString().substring(1)
                            + ": " + message.getError());
                }
            }
        }
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage message : messages) {
            problems.add(name + ": " + message.getInstanceLocation() + ": " + message.getError());
        }
        return problems;
    }

    /** {@code Kind namespace/name}, as a message names an object. */
    public static String describe(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        String namespace = metadata.path("namespace").asText();
        return object.path("kind").asText("?") + " " + (namespace.isEmpty() ? "" : namespace + "/")
                + metadata.path("name").asText("?");
    }
}
