package io.huiwu.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Proves, for every operation a service's OpenAPI document lists under {@code /meetings/{meetingId}}, that access is
 * per meeting: an organizer of meeting A is refused on meeting B (404), an attendee of A is refused on B (404), and
 * a request without a token is refused (401). The operations are read from the served document, so a new endpoint
 * is covered without anyone editing a test.
 */
public final class MeetingAccessContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** One operation of the document: its method and path template. */
    public record Operation(String method, String path, JsonNode description) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private MeetingAccessContract() {
    }

    /** The operations whose path names a meeting. */
    public static List<Operation> meetingOperations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().contains("{meetingId}")) {
                continue;
            }
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(method, path.getKey(), path.getValue().get(method)));
                }
            }
        }
        return operations;
    }

    /**
     * Runs the three refusals on every meeting operation of the served document and returns how many operations it
     * covered (also written to {@code target/meeting-access.txt}).
     *
     * @param meetingA        a meeting in which {@code organizerOfA} is organizer
     * @param meetingB        another meeting, in which {@code organizerOfA} holds no role
     * @param organizerOfA    a token of an organizer of A
     * @param attendeeOfA     a token of an attendee of A
     */
    public static int assertEveryMeetingOperationIsGuarded(UUID meetingA, UUID meetingB, String organizerOfA,
            String attendeeOfA) {
        JsonNode document = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<Operation> operations = meetingOperations(document);
        if (operations.isEmpty()) {
            throw new AssertionError("the OpenAPI document lists no operation under /meetings/{meetingId}");
        }
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations) {
            check(failures, operation, "organizer of A on B", 404, call(document, operation, meetingB, organizerOfA));
            check(failures, operation, "attendee of A on B", 404, call(document, operation, meetingB, attendeeOfA));
            check(failures, operation, "no token on A", 401, call(document, operation, meetingA, null));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " refusals went wrong:\n  " + String.join("\n  ", failures));
        }
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "meeting-access.txt"), operations.size()
                    + " meeting operations refused across meetings and without a token\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations.size();
    }

    private static void check(List<String> failures, Operation operation, String who, int expected,
            Response response) {
        if (response.statusCode() != expected
                || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(operation + " as " + who + ": expected " + expected + " problem+json, got "
                    + response.statusCode() + " " + response.contentType() + " " + abbreviate(response.asString()));
        }
    }

    private static Response call(JsonNode document, Operation operation, UUID meeting, String token) {
        String path = fill(document, operation, meeting);
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (operation.description().has("requestBody")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(Locale.ROOT), path);
    }

    /** The path with the meeting, and a plausible value for every other parameter (a new id, an enum's first). */
    static String fill(JsonNode document, Operation operation, UUID meeting) {
        Matcher matcher = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("meetingId") ? meeting.toString()
                    : sample(document, operation.description(), name);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String sample(JsonNode document, JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText()) && "path".equals(parameter.path("in").asText())) {
                JsonNode schema = parameter.path("schema");
                if (schema.has("$ref")) {
                    schema = document.at(schema.path("$ref").asText().substring(1));
                }
                if (schema.has("enum")) {
                    return schema.path("enum").get(0).asText();
                }
                if ("integer".equals(schema.path("type").asText())) {
                    return "1";
                }
            }
        }
        return UUID.randomUUID().toString();
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
