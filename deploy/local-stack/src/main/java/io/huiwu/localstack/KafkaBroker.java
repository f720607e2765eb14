package io.huiwu.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one process), run from the Kafka jars on this
 * JVM's class path in a process of its own, with its log folder kept between runs. It can be stopped and started
 * again, which the cross-service tests use to show that the services keep working while Kafka is down.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final String classPath;
    private Process process;

    public KafkaBroker(Path home, int port, int controllerPort) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classPath = absolute(System.getProperty("java.class.path"));
    }

    /** The broker runs in its own folder, so every class path entry must be absolute. */
    private static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            boolean wildcard = entry.endsWith("*");
            String base = wildcard ? entry.substring(0, entry.length() - 1) : entry;
            String resolved = Path.of(base.isEmpty() ? "." : base).toAbsolutePath().normalize().toString();
            entries.add(wildcard ? resolved + java.io.File.separator + "*" : resolved);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        if (isRunning()) {
            return;
        }
        Files.createDirectories(home);
        Path properties = writeProperties();
        Path logs = home.resolve("data");
        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(properties);
        }
        process = java("kafka.Kafka", properties.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.log").toFile()))
                .redirectErrorStream(true)
                .start();
        awaitReady(timeout);
    }

    /** Stops the broker the way an operator would (SIGTERM, a controlled shutdown), killing it if it hangs. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private Path writeProperties() throws IOException {
        Path logs = home.resolve("data").toAbsolutePath();
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logs.toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.retention.hours", "168");
        // threads sized for one node with a handful of clients
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("background.threads", "2");
        config.put("log.cleaner.threads", "1");
        // the cleaner's buffer is allocated whole at start (128 MiB by default); the only compacted topic here is
        // the consumer offsets, which this holds many times over
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        config.put("num.recovery.threads.per.data.dir", "1");
        config.put("num.replica.fetchers", "1");
        StringBuilder text = new StringBuilder("# written by the local stack at every start\n");
        config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path file = home.resolve("server.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Formats the log folder for a new cluster. A failed attempt is tried once more on an emptied folder (a format
     * that died half-way leaves files a second one refuses); a second failure names the tool's own words.
     */
    private void format(Path properties) throws IOException, InterruptedException {
        Path log = home.resolve("format.log");
        for (int attempt = 1; ; attempt++) {
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            Process format = java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                    properties.toString(), "--ignore-formatted")
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            boolean finished = format.waitFor(180, TimeUnit.SECONDS);
            if (finished && format.exitValue() == 0) {
                return;
            }
            format.destroyForcibly();
            format.waitFor(10, TimeUnit.SECONDS);
            String outcome = finished ? "exited with code " + format.exitValue() : "did not finish in 180 s";
            if (attempt == 2) {
                throw new IOException("formatting the Kafka storage failed: the storage tool " + outcome
                        + "; the end of " + log + ":\n" + tail(log, 20));
            }
            Files.writeString(log, "\n# the first attempt " + outcome + "; formatting again on an empty folder\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            deleteRecursively(home.resolve("data"));
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
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

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // one node on a laptop: a small heap and the serial collector are plenty
        command.add("-Xms32m");
        command.add("-Xmx192m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xss512k");
        command.add("-XX:ReservedCodeCacheSize=48m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(home.toFile());
    }

    private boolean listening() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-" + UUID.randomUUID());
        while (Instant.now().isBefore(deadline) && !listening()) {
            if (!process.isAlive()) {
                throw new IOException("the Kafka broker exited with code " + process.exitValue() + "; see "
                        + home.resolve("broker.log"));
            }
            Thread.sleep(200);
        }
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("the Kafka broker exited with code " + process.exitValue() + "; see "
                            + home.resolve("broker.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(250);
                }
            }
        }
        throw new IOException("the Kafka broker did not answer within " + timeout.toSeconds() + " s; see "
                + home.resolve("broker.log"));
    }
}
