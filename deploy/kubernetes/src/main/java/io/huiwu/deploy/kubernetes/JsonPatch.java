package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huiwu.deploy.kubernetes.Kustomize.KustomizeException;

import java.nio.file.Path;

/** The {@code add}, {@code replace} and {@code remove} operations of JSON Patch (RFC 6902), as Kustomize does. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode object, ArrayNode operations, Path file) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String pointer = operation.path("path").asText();
            if (!pointer.startsWith("/")) {
                throw new KustomizeException(file + ": a JSON patch path starts with /: " + pointer);
            }
            String[] tokens = pointer.substring(1).split("/", -1);
            JsonNode parent = object;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]));
                if (parent == null || !parent.isContainerNode()) {
                    throw new KustomizeException(file + ": " + pointer + " does not exist in "
                            + ManifestValidator.describe(object));
                }
            }
            String last = unescape(tokens[tokens.length - 1]);
            switch (op) {
                case "add", "replace" -> set(parent, last, operation.path("value").deepCopy(), op, pointer, file,
                        object);
                case "remove" -> remove(parent, last, pointer, file, object);
                default -> throw new KustomizeException(file + ": the JSON patch operation " + op
                        + " is not supported by this renderer");
            }
        }
    }

    private static JsonNode child(JsonNode parent, String token) {
        if (parent.isArray()) {
            return token.matches("\\d+") ? parent.get(Integer.parseInt(token)) : null;
        }
        return parent.get(token);
    }

    private static void set(JsonNode parent, String token, JsonNode value, String op, String pointer, Path file,
            ObjectNode object) {
        if (op.equals("replace") && child(parent, token) == null) {
            throw new KustomizeException(file + ": " + pointer + " does not exist in "
                    + ManifestValidator.describe(object) + ", so it cannot be replaced");
        }
        if (parent instanceof ObjectNode map) {
            map.set(token, value);
        } else {
            ArrayNode list = (ArrayNode) parent;
            if (op.equals("add") && token.equals("-")) {
                list.add(value);
            } else if (op.equals("add")) {
                list.insert(Integer.parseInt(token), value);
            } else {
                list.set(Integer.parseInt(token), value);
            }
        }
    }

    private static void remove(JsonNode parent, String token, String pointer, Path file, ObjectNode object) {
        if (child(parent, token) == null) {
            throw new KustomizeException(file + ": " + pointer + " does not exist in "
                    + ManifestValidator.describe(object));
        }
        if (parent instanceof ObjectNode map) {
            map.remove(token);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(token));
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
