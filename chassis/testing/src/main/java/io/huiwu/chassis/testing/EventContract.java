package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JSON Schema of one kind of event data, as its producer's AsyncAPI document declares it, checked from both
 * sides: the producer's tests validate the events it writes; a consumer's tests check that its reader type only
 * reads fields the schema declares, with compatible types, so that a breaking change on either side fails the build.
 */
public final class EventContract {

    private final String name;
    private final JsonNode schemaNode;
    private final JsonSchema schema;

    private EventContract(String name, JsonNode schemaNode) {
        this.name = name;
        this.schemaNode = schemaNode;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    /**
     * The schema named {@code schemaName} among the components of an AsyncAPI document; consumers name their
     * producer's document in the repository ({@code ../registration-service/asyncapi/asyncapi.yaml}).
     */
    public static EventContract of(Path asyncApiDocument, String schemaName) {
        JsonNode schema = AsyncApiDocument.read(asyncApiDocument).schema(schemaName);
        return new EventContract(asyncApiDocument.getFileName() + "#" + schemaName, schema);
    }

    static EventContract of(String name, JsonNode schema) {
        return new EventContract(name, schema);
    }

    /** Fails when {@code data} does not conform to the schema. */
    public void assertValid(JsonNode data) {
        Set<ValidationMessage> problems = schema.validate(data);
        if (!problems.isEmpty()) {
            throw new AssertionError("event data does not conform to " + name + ": "
                    + problems.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\n" + data.toPrettyString());
        }
    }

    /**
     * Fails when a reader record reads a field the schema does not declare, reads it as an incompatible type, needs
     * a value (a primitive) the schema does not require, or is an enum that lacks a value the schema allows.
     */
    public void assertReaderFits(Class<? extends Record> reader) {
        JsonNode properties = schemaNode.path("properties");
        Set<String> required = new HashSet<>();
        schemaNode.path("required").forEach(name -> required.add(name.asText()));
        List<String> problems = new ArrayList<>();
        for (RecordComponent component : reader.getRecordComponents()) {
            String name = component.getName();
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                problems.add(name + " is not in the schema");
                continue;
            }
            Class<?> type = component.getType();
            Set<String> allowed = types(property);
            String expected = jsonType(type);
            if (!allowed.contains(expected) && !(expected.equals("number") && allowed.contains("integer"))) {
                problems.add(name + " is read as " + expected + " but the schema says " + allowed);
            }
            if (type.isPrimitive() && (!required.contains(name) || allowed.contains("null"))) {
                problems.add(name + " is read as a required " + type + " but the schema lets it be absent");
            }
            if (type.isEnum() && property.has("enum")) {
                Set<String> readable = new HashSet<>();
                for (Object constant : type.getEnumConstants()) {
                    readable.add(((Enum<?>) constant).name());
                }
                property.path("enum").forEach(value -> {
                    if (!value.isNull() && !readable.contains(value.asText())) {
                        problems.add(name + " may be " + value.asText() + ", which " + type.getSimpleName()
                                + " cannot read");
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(reader.getSimpleName() + " does not fit " + name + ": "
                    + String.join("; ", problems));
        }
    }

    private static Set<String> types(JsonNode property) {
        Set<String> types = new HashSet<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == UUID.class || type.isEnum()
                || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
