package io.huiwu.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The module's folders, its schemas and each overlay rendered once for all the tests of a run. */
final class Manifests {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.resolve("../..").normalize();
    static final List<String> OVERLAYS = List.of("local", "production");
    static final List<String> SERVICES = List.of("registration-service", "logistics-service", "venue-service",
            "documents-service");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static Schemas schemas;

    private Manifests() {
    }

    static synchronized Schemas schemas() {
        if (schemas == null) {
            schemas = Schemas.load(MODULE.resolve("schemas"));
        }
        return schemas;
    }

    static Path overlay(String name) {
        return MODULE.resolve("overlays").resolve(name);
    }

    static List<ObjectNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new Kustomize(schemas()).render(overlay(o)));
    }

    static List<ObjectNode> ofKind(String overlay, String kind) {
        return rendered(overlay).stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static ObjectNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name(o).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
