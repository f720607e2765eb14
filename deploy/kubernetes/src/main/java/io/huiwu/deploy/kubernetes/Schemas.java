package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The schemas shipped in {@code schemas/}: the Kubernetes definitions of the built-in kinds the manifests may use
 * and the {@code openAPIV3Schema} of each operator's custom resources ({@code crds/<group>_<version>_<Kind>.json}).
 *
 * <p>Both are turned into strict JSON schemas for validation, as the API server's strict field validation reads
 * them: an object that names a field its schema does not have is refused (unless the schema keeps unknown fields),
 * an int-or-string takes either, and a quantity is a string or a number.
 */
public final class Schemas {

    static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "oneOf", "not");

    private final ObjectNode definitions;
    private final ObjectNode strictDefinitions;
    private final Map<String, String> builtIn = new HashMap<>();
    private final Map<String, ObjectNode> custom = new HashMap<>();

    private Schemas(ObjectNode definitions, Map<String, ObjectNode> customResources) {
        this.definitions = definitions;
        this.strictDefinitions = definitions.deepCopy();
        for (Map.Entry<String, JsonNode> entry : strictDefinitions.properties()) {
            strict((ObjectNode) entry.getValue());
        }
        ObjectNode quantity = JsonNodeFactory.instance.objectNode();
        quantity.set("anyOf", anyOf("string", "number"));
        strictDefinitions.set(QUANTITY, quantity);
        for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
            JsonNode kinds = entry.getValue().path("x-kubernetes-group-version-kind");
            for (JsonNode gvk : kinds) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty() ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                builtIn.put(key(apiVersion, gvk.path("kind").asText()), entry.getKey());
            }
        }
        for (Map.Entry<String, ObjectNode> entry : customResources.entrySet()) {
            ObjectNode schema = entry.getValue().deepCopy();
            // every object has these, whether or not its schema names them
            ObjectNode properties = schema.withObject("properties");
            properties.withObject("apiVersion").put("type", "string");
            properties.withObject("kind").put("type", "string");
            properties.withObject("metadata").put("type", "object");
            strict(schema);
            custom.put(entry.getKey(), schema);
        }
    }

    /** Loads {@code kubernetes-*.json} and {@code crds/*.json} from the folder. */
    public static Schemas load(Path folder) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder); Stream<Path> crds = Files.list(folder.resolve("crds"))) {
            Path kubernetes = files.filter(f -> f.getFileName().toString().matches("kubernetes-.*\\.json"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no kubernetes-*.json in " + folder));
            ObjectNode definitions = (ObjectNode) json.readTree(kubernetes.toFile()).path("definitions");
            Map<String, ObjectNode> customResources = new HashMap<>();
            for (Path crd : crds.filter(f -> f.toString().endsWith(".json")).toList()) {
                String[] parts = crd.getFileName().toString().replace(".json", "").split("_");
                if (parts.length != 3) {
                    throw new IllegalStateException(crd + " is not named <group>_<version>_<Kind>.json");
                }
                customResources.put(key(parts[0] + "/" + parts[1], parts[2]), (ObjectNode) json.readTree(crd.toFile()));
            }
            return new Schemas(definitions, customResources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the kind is one of Kubernetes' own (its lists merge as the Kubernetes schema says). */
    public boolean isBuiltIn(String apiVersion, String kind) {
        return builtIn.containsKey(key(apiVersion, kind));
    }

    /** The strict schema that validates an object of this kind, as a self-contained document. */
    Optional<ObjectNode> validationSchema(String apiVersion, String kind) {
        String definition = builtIn.get(key(apiVersion, kind));
        if (definition != null) {
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            document.put("$ref", "#/definitions/" + definition);
            document.set("definitions", strictDefinitions);
            return Optional.of(document);
        }
        return Optional.ofNullable(custom.get(key(apiVersion, kind))).map(ObjectNode::deepCopy);
    }

    /** The strict schema of object metadata, which the custom resources' own schemas leave open. */
    ObjectNode metadataSchema() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$ref", "#/definitions/" + OBJECT_META);
        document.set("definitions", strictDefinitions);
        return document;
    }

    /** The Kubernetes schema of a built-in kind (with {@code $ref}s), where strategic merge finds list merge keys. */
    Optional<JsonNode> structure(String apiVersion, String kind) {
        return Optional.ofNullable(builtIn.get(key(apiVersion, kind))).map(definitions::get);
    }

    /** Follows a {@code $ref} into the Kubernetes definitions; other nodes are returned as they are. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = definitions.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current == null ? JsonNodeFactory.instance.missingNode() : current;
    }

    private static void strict(ObjectNode schema) {
        strict(schema, true);
    }

    private static void strict(ObjectNode schema, boolean closable) {
        boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false)
                || "int-or-string".equals(schema.path("format").asText());
        if (intOrString) {
            schema.remove("type");
            schema.remove("format");
            if (!schema.has("anyOf")) {
                schema.set("anyOf", anyOf("integer", "string"));
            }
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (closable && !open && schema.has("properties") && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        // Kubernetes' own keywords guide the API server, not a JSON schema validator
        schema.properties().removeIf(f -> f.getKey().startsWith("x-kubernetes-") || f.getKey().equals("example"));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("properties") && value.isObject()) {
                value.properties().forEach(p -> {
                    if (p.getValue().isObject()) {
                        strict((ObjectNode) p.getValue(), true);
                    }
                });
            } else if (COMBINATORS.contains(name)) {
                // a branch of a structural schema restates properties of its parent: it must not close them
                for (JsonNode branch : value.isArray() ? value : JsonNodeFactory.instance.arrayNode().add(value)) {
                    if (branch.isObject()) {
                        strict((ObjectNode) branch, false);
                    }
                }
            } else if ((name.equals("items") || name.equals("additionalProperties")) && value.isObject()) {
                strict((ObjectNode) value, true);
            }
        }
    }

    private static ArrayNode anyOf(String... types) {
        ArrayNode alternatives = JsonNodeFactory.instance.arrayNode();
        for (String type : types) {
            alternatives.addObject().put("type", type);
        }
        return alternatives;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
