package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The small HTTP client the demo loads its data with: one service, one member of staff. A call the service answers
 * with another status than the one expected throws a {@link Failure} whose message is one line: the call, the
 * status and the problem's detail.
 */
final class DemoHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String service;
    private final String baseUrl;
    private final String token;

    /**
     * @param service the service's name, as the failure says it
     * @param baseUrl the service's URL, without a trailing slash
     * @param token   the bearer token every call carries
     */
    DemoHttp(String service, String baseUrl, String token) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A call answered with a status it was not expected to have: the message says which, and why. */
    static final class Failure extends IOException {
        Failure(String message) {
            super(message);
        }
    }

    /** A service's answer: its status, headers and body (a JSON node, missing when the body is not JSON). */
    record Reply(int status, HttpResponse<byte[]> response, JsonNode body) {

        /** A header of the answer, or an empty string. */
        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** POSTs {@code body}, with an idempotency key made from the path and the body; expects {@code expected}. */
    JsonNode post(String path, JsonNode body, int expected) throws IOException, InterruptedException {
        return send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey(path, body)), expected).body();
    }

    /** POSTs {@code body} and expects 201 Created. */
    JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        return post(path, body, 201);
    }

    /** GETs a JSON document; expects 200. */
    JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, Map.of(), 200).body();
    }

    /**
     * Sends a request with the headers given and returns the answer when its status is one of {@code expected};
     * otherwise throws a {@link Failure} naming the call, the status and the problem's detail.
     */
    Reply send(String method, String path, JsonNode body, Map<String, String> headers, int... expected)
            throws IOException, InterruptedException {
        Reply reply = exchange(method, path, body, headers);
        for (int status : expected) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new Failure(method + " " + service + " " + path + " answered " + reply.status() + ": "
                + detail(reply));
    }

    /**
     * Asks {@code path} every second until its answer passes {@code ready} (a 404 counts as not yet: the service
     * may not know the meeting's grants yet), at most {@code patience}; returns the last answer.
     */
    JsonNode await(String path, Predicate<JsonNode> ready, Duration patience, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Reply reply;
        while (true) {
            reply = exchange("GET", path, null, Map.of());
            if (reply.status() == 200 && ready.test(reply.body())) {
                return reply.body();
            }
            if (reply.status() != 200 && reply.status() != 404) {
                throw new Failure("GET " + service + " " + path + " answered " + reply.status() + ": "
                        + detail(reply));
            }
            if (System.nanoTime() > deadline) {
                throw new Failure(service + " did not have " + what + " within " + patience.toSeconds()
                        + " s (GET " + path + " answered " + reply.status() + ")");
            }
            Thread.sleep(1000);
        }
    }

    private Reply exchange(String method, String path, JsonNode body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = JSON.missingNode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && response.body().length > 0) {
            json = JSON.readTree(response.body());
        }
        return new Reply(response.statusCode(), response, json);
    }

    /** The problem's detail, else the start of the body. */
    private static String detail(Reply reply) {
        String detail = reply.body().path("detail").asText("");
        if (!detail.isEmpty()) {
            return detail;
        }
        String text = new String(reply.response().body(), StandardCharsets.UTF_8).strip().replace('\n', ' ');
        return text.isEmpty() ? "(no body)" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static String idempotencyKey(String path, JsonNode body) {
        return UUID.nameUUIDFromBytes((path + body).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Makes the calls four at a time; the first failure is thrown. */
    static void all(List<Callable<JsonNode>> calls) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (Callable<JsonNode> call : calls) {
                results.add(pool.submit(call));
            }
            for (Future<JsonNode> result : results) {
                result.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().toString(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
