package io.huiwu.systemtests;

import io.huiwu.localstack.FreePorts;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole system for cross-service tests, started once per test JVM the way {@code ./run} starts it (embedded
 * PostgreSQL, a Kafka broker process, the four packaged services), on free ports and in a fresh folder.
 */
final class RunningStack {

    private static LocalStack stack;

    private RunningStack() {
    }

    /**
     * The stack, started on first use. A start that fails (a stack stops what it started when it fails) is tried
     * once more in a fresh folder on fresh ports, with the first failure printed: one slow process on a loaded
     * machine should not fail every test of the class that happened to start it.
     */
    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            try {
                stack = start();
            } catch (Exception first) {
                System.out.println("The stack did not start, starting it once more: " + first.getMessage());
                stack = start();
            }
        }
        return stack;
    }

    private static LocalStack start() throws Exception {
        Path root = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();
        Path dir = Path.of(System.getProperty("huiwu.stack.dir", "target/stack")).toAbsolutePath();
        deleteRecursively(dir);
        Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec, FreePorts.one());
        }
        LocalStack.Settings settings = LocalStack.Settings.defaults(root, dir)
                .withPorts(FreePorts.one(), FreePorts.one(), FreePorts.one(), ports);
        LocalStack started = new LocalStack(settings);
        started.start(System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }));
        return started;
    }

    /** The token of system-test-ROLE, who holds ROLE in every meeting made by {@link #meeting}. */
    static String token(String role) throws Exception {
        return get().tokens().staff("system-test-" + role, Duration.ofHours(2));
    }

    /** The token of system-test-administrator, who holds the platform role administrator. */
    static String administrator() throws Exception {
        return get().tokens().staff("system-test-administrator", Duration.ofHours(2), "administrator");
    }

    /**
     * A new meeting, created by an administrator with system-test-organizer as its organizer, in which each
     * system-test-ROLE holds its role, and system-test-checker is a second registrar (for {@link #verifyAll}).
     */
    static String meeting(String name) throws Exception {
        String registration = get().url(ServiceSpec.REGISTRATION) + "/api/v1/meetings";
        String admin = administrator();
        String meeting = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"organizer\":\"system-test-organizer\"}")
                .when().post(registration).then().statusCode(201).extract().path("id");
        for (String role : new String[] {"registrar", "logistics", "venue", "secretariat"}) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"subject\":\"system-test-" + role + "\",\"role\":\"" + role.toUpperCase() + "\"}")
                    .when().post(registration + "/" + meeting + "/staff").then().statusCode(201);
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"subject\":\"system-test-checker\",\"role\":\"REGISTRAR\"}")
                .when().post(registration + "/" + meeting + "/staff").then().statusCode(201);
        return meeting;
    }

    /**
     * Verifies every active entry of a meeting made by {@link #meeting} at its current version, a page at a time, by
     * system-test-registrar and system-test-checker (neither entered the roster): credentials are issued only for
     * verified entries.
     */
    static void verifyAll(String meeting) throws Exception {
        String attendees = get().url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting + "/attendees";
        List<String> verifiers = List.of(token("registrar"),
                get().tokens().staff("system-test-checker", Duration.ofHours(2)));
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().auth().oauth2(verifiers.get(0))
                    .when().get(attendees + "?size=500&page=" + page).then().statusCode(200).extract().path("items");
            if (items.isEmpty()) {
                return;
            }
            String entries = items.stream().map(item -> "{\"attendeeId\":\"" + item.get("id") + "\",\"version\":"
                    + item.get("version") + "}").collect(Collectors.joining(","));
            for (String verifier : verifiers) {
                given().auth().oauth2(verifier).contentType(ContentType.JSON)
                        .body("{\"entries\":[" + entries + "]}")
                        .when().post(attendees + "/verifications").then().statusCode(200)
                        .body("refused", equalTo(0));
            }
        }
    }


    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
