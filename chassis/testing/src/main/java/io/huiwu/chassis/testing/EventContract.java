package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JSON Schema a producer publishes for the data of its events, checked from both sides: the producer's tests
 * validate the events it writes; a consumer's tests check that its reader type only reads fields the schema
 * declares, with compatible types, so that a breaking change on either side fails the build.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final JsonNode schemaNode;
    private final JsonSchema schema;

    private EventContract(Path file) {
        this.file = file;
        try {
            this.schemaNode = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event schema " + file.toAbsolutePath(), e);
        }
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    /** The schema in a file; consumers name the producer's file in the repository. */
    public static EventContract of(Path file) {
        return new EventContract(file);
    }

    /** Fails when {@code data} does not conform to the schema. */
    public void assertValid(JsonNode data) {
        Set<ValidationMessage> problems = schema.validate(data);
        if (!problems.isEmpty()) {
            throw new AssertionError("event data does not conform to " + file.getFileName() + ": "
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
            throw new AssertionError(reader.getSimpleName() + " does not fit " + file.getFileName() + ": "
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
