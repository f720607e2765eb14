package io.huiwu.systemtests;

import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole system for cross-service tests, started once per test JVM the way {@code ./run} starts it (embedded
 * PostgreSQL, a Kafka broker process, the four packaged services), on free ports and in a fresh folder.
 */
final class RunningStack {

    private static LocalStack stack;

    private RunningStack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path root = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();
            Path dir = Path.of(System.getProperty("huiwu.stack.dir", "target/stack")).toAbsolutePath();
            deleteRecursively(dir);
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                ports.put(spec, freePort());
            }
            LocalStack.Settings settings = LocalStack.Settings.defaults(root, dir)
                    .withPorts(freePort(), freePort(), freePort(), ports);
            LocalStack started = new LocalStack(settings);
            started.start(System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
            stack = started;
        }
        return stack;
    }

    static String token(String role) throws Exception {
        return get().tokens().staff("system-test-" + role, Duration.ofHours(2), role);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
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
