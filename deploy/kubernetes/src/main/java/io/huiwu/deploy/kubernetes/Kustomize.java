package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the part of Kustomize these manifests use, so that
 * the build can check them with nothing but a JDK: {@code resources} (files and folders with their own
 * kustomization), {@code namespace}, {@code labels} (metadata only), {@code patches} (strategic merge, from a file,
 * for the object the patch names or every object a {@code target} selects; JSON patches with a target) and
 * {@code images}. A kustomization
 * that uses anything else is refused, never half rendered.
 *
 * <p>Strategic merge merges maps; a list is merged by its merge key where the Kubernetes schema gives one
 * ({@code containers} by name, {@code volumeMounts} by mount path), and, in custom resources, where every element
 * carries the same one of Kustomize's usual keys; any other list is replaced; a {@code null} removes the field.
 */
public final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass");
    /** Keys Kustomize merges lists of maps by when no schema says (in the order it tries them). */
    private static final List<String> ASSOCIATIVE_KEYS = List.of("mountPath", "devicePath", "ip", "type",
            "topologyKey", "name", "containerPort");

    private final Schemas schemas;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public Kustomize(Schemas schemas) {
        this.schemas = schemas;
    }

    /** The objects the kustomization in this folder renders to, in the order of its resources. */
    public List<ObjectNode> render(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException(folder + " has no kustomization.yaml");
        }
        ObjectNode kustomization = (ObjectNode) readAll(file).get(0);
        for (Iterator<String> it = kustomization.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new KustomizeException(file + ": " + field + " is not supported by this renderer");
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                for (JsonNode document : readAll(path)) {
                    if (!document.isObject()) {
                        throw new KustomizeException(path + ": a resource must be a map");
                    }
                    objects.add((ObjectNode) document);
                }
            }
        }
        requireUnique(objects, file);
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(objects, patch, folder, file);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    metadata(object).put("namespace", namespace);
                }
            }
        }
        for (JsonNode label : kustomization.path("labels")) {
            applyLabels(objects, label, file);
        }
        for (JsonNode image : kustomization.path("images")) {
            for (ObjectNode object : objects) {
                setImages(object, image, file);
            }
        }
        requireUnique(objects, file);
        return objects;
    }

    private void applyPatch(List<ObjectNode> objects, JsonNode entry, Path folder, Path file) {
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("path") && !field.equals("target")) {
                throw new KustomizeException(file + ": patches." + field + " is not supported by this renderer");
            }
        }
        Path path = folder.resolve(entry.path("path").asText()).normalize();
        List<JsonNode> documents = readAll(path);
        JsonNode target = entry.path("target");
        if (documents.size() == 1 && documents.get(0).isArray() && !target.isMissingNode()) {
            List<ObjectNode> matched = objects.stream().filter(o -> selectedBy(target, o, file)).toList();
            if (matched.isEmpty()) {
                throw new KustomizeException(path + ": the patch matches no object");
            }
            for (ObjectNode object : matched) {
                JsonPatch.apply(object, (ArrayNode) documents.get(0), path);
            }
            return;
        }
        if (documents.size() != 1 || !documents.get(0).isObject()) {
            throw new KustomizeException(path + ": a patch must be one strategic merge patch (a map), or a JSON"
                    + " patch (a list of operations) with a target");
        }
        ObjectNode patch = (ObjectNode) documents.get(0);
        List<ObjectNode> matched = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (target.isMissingNode() ? namedBy(patch, object) : selectedBy(target, object, file)) {
                matched.add(object);
            }
        }
        if (matched.isEmpty()) {
            throw new KustomizeException(path + ": the patch matches no object");
        }
        for (ObjectNode object : matched) {
            ObjectNode body = patch.deepCopy();
            if (!target.isMissingNode()) {
                // with a target, the patch's own name and kind select nothing
                body.remove("apiVersion");
                body.remove("kind");
                ((ObjectNode) body.path("metadata")).remove("name");
            }
            JsonNode structure = schemas.structure(object.path("apiVersion").asText(), object.path("kind").asText())
                    .orElse(MissingNode.getInstance());
            merge(object, body, structure, path);
        }
    }

    private static boolean namedBy(ObjectNode patch, ObjectNode object) {
        return patch.path("kind").asText().equals(object.path("kind").asText())
                && patch.path("apiVersion").asText().equals(object.path("apiVersion").asText())
                && patch.path("metadata").path("name").asText().equals(object.path("metadata").path("name").asText())
                && (!patch.path("metadata").has("namespace") || patch.path("metadata").path("namespace")
                .equals(object.path("metadata").path("namespace")));
    }

    private static boolean selectedBy(JsonNode target, ObjectNode object, Path file) {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("group", "version", "kind", "name", "labelSelector").contains(field)) {
                throw new KustomizeException(file + ": patches.target." + field + " is not supported");
            }
        }
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return matches(target.path("group"), group) && matches(target.path("version"), version)
                && matches(target.path("kind"), object.path("kind").asText())
                && matches(target.path("name"), object.path("metadata").path("name").asText())
                && labelsMatch(target.path("labelSelector"), object);
    }

    private static boolean matches(JsonNode pattern, String value) {
        return pattern.isMissingNode() || Pattern.matches(pattern.asText(), value);
    }

    private static boolean labelsMatch(JsonNode selector, ObjectNode object) {
        if (selector.isMissingNode()) {
            return true;
        }
        for (String term : selector.asText().split(",")) {
            String[] pair = term.trim().split("=", 2);
            if (pair.length != 2) {
                throw new KustomizeException("only key=value label selectors are supported: " + term);
            }
            if (!pair[1].equals(object.path("metadata").path("labels").path(pair[0]).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private void merge(ObjectNode target, ObjectNode patch, JsonNode structure, Path file) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new KustomizeException(file + ": the directive " + name + " is not supported");
            }
            JsonNode childStructure = schemas.resolve(schemas.resolve(structure).path("properties").path(name));
            if (childStructure.isMissingNode()) {
                // a map of strings to objects (labels, ConfigMap data) has its values' schema here
                childStructure = schemas.resolve(schemas.resolve(structure).path("additionalProperties"));
            }
            JsonNode existing = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, childStructure, file);
            } else if (value.isArray() && existing != null && existing.isArray()) {
                target.set(name, mergeList((ArrayNode) existing, (ArrayNode) value, childStructure, file));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private ArrayNode mergeList(ArrayNode existing, ArrayNode patch, JsonNode structure, Path file) {
        String key = mergeKey(existing, patch, structure);
        if (key == null) {
            return patch.deepCopy();
        }
        ArrayNode merged = existing.deepCopy();
        JsonNode items = schemas.resolve(structure.path("items"));
        for (JsonNode element : patch) {
            ObjectNode same = null;
            for (JsonNode candidate : merged) {
                if (candidate.path(key).equals(element.path(key))) {
                    same = (ObjectNode) candidate;
                }
            }
            if (same == null) {
                merged.add(element.deepCopy());
            } else {
                merge(same, (ObjectNode) element, items, file);
            }
        }
        return merged;
    }

    private static String mergeKey(ArrayNode existing, ArrayNode patch, JsonNode structure) {
        if (!structure.isMissingNode()) {
            boolean merges = structure.path("x-kubernetes-patch-strategy").asText().contains("merge");
            return merges && structure.has("x-kubernetes-patch-merge-key")
                    ? structure.get("x-kubernetes-patch-merge-key").asText() : null;
        }
        for (String key : ASSOCIATIVE_KEYS) {
            if (allHave(existing, key) && allHave(patch, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean allHave(ArrayNode list, String key) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode element : list) {
            if (!element.isObject() || !element.has(key)) {
                return false;
            }
        }
        return true;
    }

    private static void applyLabels(List<ObjectNode> objects, JsonNode entry, Path file) {
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            boolean off = entry.get(field).isBoolean() && !entry.get(field).asBoolean();
            if (!field.equals("pairs") && !off) {
                throw new KustomizeException(file + ": labels." + field + " is not supported by this renderer");
            }
        }
        for (ObjectNode object : objects) {
            ObjectNode labels = metadata(object).withObject("labels");
            entry.path("pairs").properties().forEach(p -> labels.put(p.getKey(), p.getValue().asText()));
        }
    }

    private static void setImages(JsonNode node, JsonNode image, Path file) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                boolean containers = field.getKey().equals("containers") || field.getKey().equals("initContainers");
                if (containers && field.getValue().isArray()) {
                    for (JsonNode container : field.getValue()) {
                        if (container.path("image").isTextual()) {
                            setImage((ObjectNode) container, image, file);
                        }
                    }
                } else {
                    setImages(field.getValue(), image, file);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                setImages(element, image, file);
            }
        }
    }

    private static void setImage(ObjectNode container, JsonNode image, Path file) {
        if (image.has("digest")) {
            throw new KustomizeException(file + ": images.digest is not supported by this renderer");
        }
        String current = container.get("image").asText();
        int slash = current.lastIndexOf('/');
        int colon = current.lastIndexOf(':');
        String name = colon > slash ? current.substring(0, colon) : current;
        String tag = colon > slash ? current.substring(colon + 1) : null;
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String newName = image.path("newName").asText(name);
        String newTag = image.path("newTag").asText(tag);
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.withObject("metadata");
    }

    private static void requireUnique(List<ObjectNode> objects, Path file) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : objects) {
            String id = object.path("apiVersion").asText() + " " + ManifestValidator.describe(object);
            if (!seen.add(id)) {
                throw new KustomizeException(file + ": " + id + " is defined twice");
            }
        }
    }

    private List<JsonNode> readAll(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new KustomizeException(path + " does not exist");
        }
        try (JsonParser parser = yaml.getFactory().createParser(path.toFile())) {
            // each document as it is: a list is a JSON patch, not a series of objects
            List<JsonNode> all = new ArrayList<>();
            JsonNode document;
            while ((document = yaml.readTree(parser)) != null) {
                if (!document.isNull() && !document.isMissingNode()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Objects by {@code apiVersion Kind namespace/name}, the identity Kustomize keeps them unique by. */
    public static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (ObjectNode object : objects) {
            byId.put(object.path("apiVersion").asText() + " " + ManifestValidator.describe(object), object);
        }
        return byId;
    }

    /** A kustomization this renderer does not render. */
    public static final class KustomizeException extends RuntimeException {
        KustomizeException(String message) {
            super(message);
        }
    }
}
