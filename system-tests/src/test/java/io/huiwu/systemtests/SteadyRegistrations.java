package io.huiwu.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of registrations into one meeting, sent the way a well-behaved client sends them: each with its own
 * {@code Idempotency-Key}, and on a 503 (or a connection that fails) sent again with the same key after the
 * {@code Retry-After} it was given, until it is answered for good. What every attempt was answered is counted.
 */
final class SteadyRegistrations implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long one registration is retried before the client gives up on it. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    /** What the stream did: each attendee created, and every answer counted by status (0: no connection). */
    record Outcome(int requested, Set<String> created, Map<Integer, Integer> answers, List<String> unexpected) {

        int answered(int status) {
            return answers.getOrDefault(status, 0);
        }
    }

    private final String url;
    private final String token;
    private final ExecutorService clients = Executors.newFixedThreadPool(8);
    private final Thread pacer;
    private final AtomicInteger requested = new AtomicInteger();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;

    private SteadyRegistrations(String registrationUrl, String token, String meeting, int perSecond) {
        this.url = registrationUrl + "/api/v1/meetings/" + meeting + "/attendees";
        this.token = token;
        this.pacer = new Thread(() -> pace(perSecond), "steady-registrations");
    }

    /** Starts registering {@code perSecond} attendees a second until {@link #finish()}. */
    static SteadyRegistrations start(String registrationUrl, String token, String meeting, int perSecond) {
        SteadyRegistrations load = new SteadyRegistrations(registrationUrl, token, meeting, perSecond);
        load.pacer.start();
        return load;
    }

    private void pace(int perSecond) {
        long start = System.nanoTime();
        for (int n = 0; running; n++) {
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (!running) {
                return;
            }
            int number = n;
            requested.incrementAndGet();
            clients.submit(() -> register(number));
        }
    }

    /** Sends {@code count} registrations at once, beside the steady stream. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            int number = 500_000 + requested.incrementAndGet();
            clients.submit(() -> register(number));
        }
    }

    private void register(int number) {
        String key = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"负载" + number + "\",\"gender\":\""
                        + (number % 2 == 0 ? "FEMALE" : "MALE") + "\",\"category\":\"ATTENDEE\",\"rank\":"
                        + (number + 1) + "}"))
                .build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response;
            try {
                response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                answers.merge(0, 1, Integer::sum);
                sleep(1_000);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 201) {
                try {
                    created.add(JSON.readTree(response.body()).path("id").asText());
                } catch (IOException e) {
                    unexpected.add("201 with an unreadable body: " + response.body());
                }
                return;
            }
            if (response.statusCode() != 503) {
                unexpected.add(response.statusCode() + " " + response.body());
                return;
            }
            long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(-1);
            if (retryAfter < 0) {
                unexpected.add("503 without Retry-After: " + response.body());
            }
            sleep(Math.max(1, retryAfter) * 1_000);
        }
        unexpected.add("registration " + number + " was not answered for good within " + PATIENCE.toMinutes()
                + " minutes");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops sending new registrations and waits until every one sent is answered for good. */
    Outcome finish() throws InterruptedException {
        running = false;
        pacer.interrupt();
        pacer.join();
        clients.shutdown();
        if (!clients.awaitTermination(PATIENCE.toMinutes() + 1, TimeUnit.MINUTES)) {
            unexpected.add("some registrations were still being sent when the stream was stopped");
        }
        return new Outcome(requested.get(), Set.copyOf(created), new TreeMap<>(answers), List.copyOf(unexpected));
    }

    @Override
    public void close() throws InterruptedException {
        if (running) {
            finish();
        }
        clients.shutdownNow();
    }
}
