package io.huiwu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The demo's HTTP client against a stand-in service: what it sends, and the one line a refusal becomes. */
class DemoHttpTest {

    private HttpServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();
    private DemoHttp client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/venues", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            if (!"Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "text/plain", "");
            } else if (new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    .contains("大礼堂")) {
                answer(exchange, 409, "application/problem+json", "{\"type\":\"urn:huiwu:problem:conflict\","
                        + "\"status\":409,\"detail\":\"The meeting already has a venue named 大礼堂\"}");
            } else {
                answer(exchange, 201, "application/json", "{\"id\":\"v1\"}");
            }
        });
        server.createContext("/broken", exchange -> answer(exchange, 502, "text/html", "<html>\nBad gateway</html>"));
        server.createContext("/attendees", exchange -> {
            int n = asked.incrementAndGet();
            if (n == 1) {
                answer(exchange, 404, "application/problem+json", "{\"status\":404}");
            } else {
                answer(exchange, 200, "application/json", "{\"items\":[],\"total\":" + (n * 100) + "}");
            }
        });
        server.start();
        client = new DemoHttp("venue-service", "http://127.0.0.1:" + server.getAddress().getPort(), "t0ken");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void aCallAnsweredAsExpectedGivesItsBodyAndTheSameBodyTheSameKey() throws Exception {
        JsonNode created = client.post("/venues", DemoHttp.object().put("name", "省人民会堂"));
        assertEquals("v1", created.path("id").asText());
        client.post("/venues", DemoHttp.object().put("name", "省人民会堂"));
        client.post("/venues", DemoHttp.object().put("name", "人民大厦"));
        assertEquals(3, keys.size());
        assertEquals(keys.get(0), keys.get(1), "a call made again is the same call");
        assertEquals(false, keys.get(0).equals(keys.get(2)));
    }

    @Test
    void aRefusalIsOneLineWithTheCallTheStatusAndTheProblemsDetail() {
        DemoHttp.Failure failure = assertThrows(DemoHttp.Failure.class,
                () -> client.post("/venues", DemoHttp.object().put("name", "大礼堂")));
        assertEquals("POST venue-service /venues answered 409: The meeting already has a venue named 大礼堂",
                failure.getMessage());

        DemoHttp.Failure notJson = assertThrows(DemoHttp.Failure.class, () -> client.get("/broken"));
        assertEquals("GET venue-service /broken answered 502: <html> Bad gateway</html>", notJson.getMessage());

        DemoHttp stranger = new DemoHttp("venue-service", "http://127.0.0.1:" + server.getAddress().getPort(),
                "other");
        DemoHttp.Failure unauthorised = assertThrows(DemoHttp.Failure.class,
                () -> stranger.post("/venues", DemoHttp.object().put("name", "x")));
        assertEquals("POST venue-service /venues answered 401: (no body)", unauthorised.getMessage());
    }

    @Test
    void waitingTreatsNotFoundAsNotYetAndGivesUpWithOneLine() throws Exception {
        JsonNode page = client.await("/attendees", p -> p.path("total").asInt() >= 300, Duration.ofSeconds(30),
                "the people");
        assertEquals(300, page.path("total").asInt());
        assertEquals(3, asked.get(), "a 404, then 200 and 300 people");

        DemoHttp.Failure late = assertThrows(DemoHttp.Failure.class, () -> client.await("/attendees",
                p -> false, Duration.ZERO, "the demo's 300 people"));
        assertEquals("venue-service did not have the demo's 300 people within 0 s (GET /attendees answered 200)",
                late.getMessage());
    }
}
