package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;

/**
 * Sends hostile input to every operation of a service's served OpenAPI document that takes a JSON body or query
 * parameters, and proves that none answers 500: a NUL character, control characters, very long strings, numbers
 * beyond any range, wrong types, nulls and empty objects, each in every field the schema names. The operations and
 * fields are read from the document, so a new endpoint is covered without anyone editing a test.
 */
public final class HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A request that answered a server error. */
    public record Failure(String request, int status, String body) {
    }

    private HostileInputContract() {
    }

    /**
     * Runs the hostile requests against the meeting given (where {@code token} holds a role that passes the access
     * check; operations outside a meeting are called as the administrator) and returns how many were sent; fails
     * listing every request that answered 5xx.
     */
    public static int assertNoServerErrors(UUID meeting, String token) {
        JsonNode document = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> entry = operations.next();
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                JsonNode operation = entry.getValue();
                // outside a meeting (creating meetings, dead letters) the platform's administrator passes the checks
                String caller = path.getKey().contains("{meetingId}") ? token : TestTokens.administrator();
                String url = MeetingAccessContract.fill(document, new MeetingAccessContract.Operation(entry.getKey(),
                        path.getKey(), operation), meeting);
                JsonNode schema = operation.path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (!schema.isMissingNode()) {
                    for (JsonNode body : hostileBodies(document, resolve(document, schema))) {
                        sent++;
                        check(failures, method + " " + url + " " + abbreviate(body.toString()), given()
                                .auth().oauth2(caller).contentType("application/json").body(body.toString())
                                .request(method, url));
                    }
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (!"query".equals(parameter.path("in").asText())) {
                        continue;
                    }
                    for (String value : HOSTILE_TEXT) {
                        sent++;
                        String name = parameter.path("name").asText();
                        check(failures, method + " " + url + "?" + name + "=" + abbreviate(value), given()
                                .auth().oauth2(caller).queryParam(name, value)
                                .contentType("application/json").body("{}").request(method, url));
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + sent + " hostile requests answered a server error:\n  "
                    + String.join("\n  ", failures.stream().limit(30)
                    .map(f -> f.status() + " for " + f.request() + " -> " + abbreviate(f.body())).toList()));
        }
        return sent;
    }

    private static final List<String> HOSTILE_TEXT = List.of("\u0000", "a\u0007b", "x".repeat(10_000), "-1",
            "99999999999999999999", "1e400", "{}", "' or 1=1 --", "%", "");

    private static final List<Function<JsonNode, JsonNode>> HOSTILE_VALUES = List.of(
            schema -> NODES.textNode("\u0000"),
            schema -> NODES.textNode("控制\u0001字符"),
            schema -> NODES.textNode("长".repeat(20_000)),
            schema -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
            schema -> NODES.numberNode(-2147483649L),
            schema -> NODES.numberNode(1.5),
            schema -> NODES.booleanNode(true),
            schema -> NODES.nullNode(),
            schema -> NODES.objectNode(),
            schema -> NODES.arrayNode().add("\u0000"),
            schema -> NODES.textNode("9999-99-99T99:99:99Z"));

    /** A plausible body with one field at a time made hostile, and the body itself replaced by odd JSON. */
    private static List<JsonNode> hostileBodies(JsonNode document, JsonNode schema) {
        List<JsonNode> bodies = new ArrayList<>();
        bodies.add(NODES.arrayNode());
        bodies.add(NODES.textNode("\u0000"));
        bodies.add(NODES.nullNode());
        ObjectNode plausible = plausible(document, schema, 0);
        Iterator<String> names = schema.path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            for (Function<JsonNode, JsonNode> hostile : HOSTILE_VALUES) {
                ObjectNode body = plausible.deepCopy();
                body.set(name, hostile.apply(schema.path("properties").path(name)));
                bodies.add(body);
            }
            JsonNode property = resolve(document, schema.path("properties").path(name));
            if ("array".equals(property.path("type").asText())) {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 25_000; i++) {
                    many.add(NODES.nullNode());
                }
                ObjectNode body = plausible.deepCopy();
                body.set(name, many);
                bodies.add(body);
            }
        }
        return bodies;
    }

    /** An object with a plain value for every property the schema names (nested objects one level deep). */
    private static ObjectNode plausible(JsonNode document, JsonNode schema, int depth) {
        ObjectNode body = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(document, property.getValue());
            String kind = type.path("type").isArray() ? type.path("type").get(0).asText() : type.path("type").asText();
            if (type.has("enum")) {
                body.set(property.getKey(), type.path("enum").get(0));
            } else if ("uuid".equals(type.path("format").asText())) {
                body.put(property.getKey(), UUID.randomUUID().toString());
            } else if ("date".equals(type.path("format").asText())) {
                body.put(property.getKey(), "2026-03-01");
            } else if ("date-time".equals(type.path("format").asText())) {
                body.put(property.getKey(), "2026-03-01T09:00:00+08:00");
            } else if ("integer".equals(kind) || "number".equals(kind)) {
                body.put(property.getKey(), 1);
            } else if ("boolean".equals(kind)) {
                body.put(property.getKey(), false);
            } else if ("array".equals(kind)) {
                body.set(property.getKey(), NODES.arrayNode());
            } else if ("object".equals(kind) && depth < 1) {
                body.set(property.getKey(), plausible(document, type, depth + 1));
            } else {
                body.put(property.getKey(), "会议");
            }
        }
        return body;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("anyOf")) {
            for (JsonNode option : current.path("anyOf")) {
                if (option.has("$ref")) {
                    return resolve(document, option);
                }
            }
        }
        return current;
    }

    private static void check(List<Failure> failures, String request, Response response) {
        if (response.statusCode() >= 500) {
            failures.add(new Failure(request, response.statusCode(), response.asString()));
        }
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String escaped = text.replace("\u0000", "\\u0000");
        return escaped.length() > 160 ? escaped.substring(0, 160) + "..." : escaped;
    }
}
