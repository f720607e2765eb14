package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a service's committed OpenAPI document equal to the one it serves, since clients are generated from the
 * committed file. Run the tests with {@code -Dopenapi.update=true} to rewrite the file after an intended change.
 */
public final class OpenApiContract {

    /** Where each service keeps its committed document, relative to the module. */
    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertCommittedMatches(String served) throws IOException {
        assertUsableByClients(served);
        String normalised = served.replace("\r\n", "\n").strip() + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, normalised, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(COMMITTED)) {
            throw new AssertionError(COMMITTED + " is missing; create it with ./mvnw test -Dopenapi.update=true");
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(normalised)) {
            throw new AssertionError("The served OpenAPI document differs from " + COMMITTED.toAbsolutePath()
                    + ". If the API change is intended, rewrite the file with ./mvnw test -Dopenapi.update=true and"
                    + " commit it. First difference at line " + firstDifference(committed, normalised));
        }
    }

    /**
     * What generated clients need beyond a valid document (which Redocly's lint checks in the client-checks module):
     * every operation named and described, every error a problem, every list a page, no framework type and no
     * schema name made unique by a number.
     */
    public static void assertUsableByClients(String served) throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(served);
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isEmpty() || !operationIds.add(id)) {
                problems.add(where + " has no operationId of its own (" + id + ")");
            }
            if (operation.path("description").asText("").isBlank()) {
                problems.add(where + " has no description");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                if (error && !response.getValue().path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText().endsWith("/Problem")) {
                    problems.add(where + " answers " + response.getKey() + " without the Problem schema");
                }
                if (!error && "array".equals(response.getValue().path("content").path("application/json")
                        .path("schema").path("type").asText())) {
                    problems.add(where + " answers a bare array; a list is a page: {items, page, size, total}");
                }
            });
        }));
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*\\d$") || name.startsWith("JsonNode")) {
                problems.add("schema " + name + " is not a type of the API (a framework type or a duplicate name)");
            }
        });
        document.path("tags").forEach(tag -> {
            if (tag.path("description").asText("").isBlank()) {
                problems.add("tag " + tag.path("name").asText() + " has no description");
            }
        });
        if (!problems.isEmpty()) {
            throw new AssertionError("The API document is not yet a contract clients can use:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static String firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "<end>";
            String r = i < right.length ? right[i] : "<end>";
            if (!l.equals(r)) {
                return (i + 1) + ":\n  committed: " + l + "\n  served:    " + r;
            }
        }
        return "?";
    }
}
