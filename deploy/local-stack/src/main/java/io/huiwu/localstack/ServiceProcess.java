package io.huiwu.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the stack, run from its packaged Quarkus application in a process of its own. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Path log;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Path log, Map<String, String> properties,
            Map<String, String> environment, List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.log = log;
        this.properties = properties;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** The exit code if the process was started and has ended since; empty while it runs or when stopped. */
    public java.util.OptionalInt exited() {
        Process current = process;
        return current != null && !current.isAlive() ? java.util.OptionalInt.of(current.exitValue())
                : java.util.OptionalInt.empty();
    }

    public Path log() {
        return log;
    }

    public void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IOException(name + " is not built: " + jar + " is missing (run ./mvnw package -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * Waits until the service reports ready on {@code /q/health/ready}.
     *
     * @throws IOException saying why not: the process ended (with the end of its log) or it stayed unready (with
     *                     what its health endpoint said)
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer on port " + port;
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + ". Last lines of " + log
                        + ":\n" + tail(log, 15));
            }
            try {
                HttpResponse<String> answer = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = "health says " + answer.statusCode() + " " + answer.body();
            } catch (IOException notListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IOException(name + " is not ready after " + timeout.toSeconds() + " s: " + lastAnswer
                + ". Last lines of " + log + ":\n" + tail(log, 15));
    }

    /** SIGTERM, so that Quarkus shuts down gracefully; killed if it takes too long. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** SIGKILL: the process ends at once, mid-transaction and mid-batch, as a crashed machine would leave it. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
