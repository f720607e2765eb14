package io.huiwu.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: PostgreSQL (embedded or existing), Kafka (a broker process or an existing
 * cluster), the local token issuer and the four services, each service with its own database and consumer group.
 * The {@code ./run} command and the cross-service tests both start it through this class.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * How each service's JVM runs on a laptop: a heap sized to what a service needs here (it grows to 384 MiB under a
     * benchmark's load, and starts small), the serial collector (small heaps, one collector thread, no concurrent
     * threads' footprint), a smaller code cache and thread stacks. {@code HUIWU_SERVICE_JVM_OPTIONS} replaces them.
     */
    static final String SERVICE_JVM_OPTIONS = "-Xms24m -Xmx384m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m"
            + " -Xss512k -XX:MaxMetaspaceSize=192m";

    /** How to run the stack. Ports of 0 are not allowed: the services must know each other's addresses. */
    public record Settings(
            Path root,
            Path dataDir,
            int postgresPort,
            Optional<String> externalPostgresUrl,
            String postgresUser,
            String postgresPassword,
            Optional<String> externalKafka,
            int kafkaPort,
            int kafkaControllerPort,
            Map<ServiceSpec, Integer> servicePorts,
            List<String> serviceJvmOptions,
            Map<String, String> extraServiceProperties) {

        public static Settings defaults(Path root, Path dataDir) {
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            ServiceSpec.ALL.forEach(spec -> ports.put(spec, spec.defaultPort()));
            String options = System.getenv().getOrDefault("HUIWU_SERVICE_JVM_OPTIONS", SERVICE_JVM_OPTIONS);
            return new Settings(root, dataDir, 15432, Optional.empty(), "postgres", "postgres", Optional.empty(),
                    9092, 9093, ports, List.of(options.trim().split("\\s+")), Map.of());
        }

        public Settings withPorts(int postgres, int kafka, int kafkaController, Map<ServiceSpec, Integer> services) {
            return new Settings(root, dataDir, postgres, externalPostgresUrl, postgresUser, postgresPassword,
                    externalKafka, kafka, kafkaController, services, serviceJvmOptions, extraServiceProperties);
        }

        public Settings withExternalPostgres(String url, String user, String password) {
            return new Settings(root, dataDir, postgresPort, Optional.of(url), user, password, externalKafka,
                    kafkaPort, kafkaControllerPort, servicePorts, serviceJvmOptions, extraServiceProperties);
        }

        public Settings withExternalKafka(String bootstrap) {
            return new Settings(root, dataDir, postgresPort, externalPostgresUrl, postgresUser, postgresPassword,
                    Optional.of(bootstrap), kafkaPort, kafkaControllerPort, servicePorts, serviceJvmOptions,
                    extraServiceProperties);
        }

        public Settings withServiceProperties(Map<String, String> properties) {
            return new Settings(root, dataDir, postgresPort, externalPostgresUrl, postgresUser, postgresPassword,
                    externalKafka, kafkaPort, kafkaControllerPort, servicePorts, serviceJvmOptions, properties);
        }
    }

    private final Settings settings;
    private final LocalTokens tokens;
    private final String credentialKey;
    private Database database;
    private KafkaBroker broker;
    private Integer keycloakPort;
    private KeycloakServer keycloak;
    private final List<ServiceProcess> services = new ArrayList<>();

    public LocalStack(Settings settings) throws IOException {
        this.settings = settings;
        this.tokens = LocalTokens.inFolder(settings.dataDir().resolve("keys"));
        this.credentialKey = secret(settings.dataDir().resolve("keys").resolve("credential-signing.key"));
    }

    /** A random 32-byte key (base64) kept in a file, made on first use: it signs credential QR codes. */
    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String encoded = java.util.Base64.getEncoder().encodeToString(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, encoded);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return encoded;
    }

    public LocalTokens tokens() {
        return tokens;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Makes the stack start a real Keycloak on this port ({@link KeycloakServer}) with the realm of
     * {@code deploy/keycloak}, and the services trust it instead of the stack's own signing key.
     */
    public LocalStack withKeycloak(int port) {
        this.keycloakPort = port;
        return this;
    }

    /** The stack's Keycloak, when it has one. */
    public Optional<KeycloakServer> keycloak() {
        return Optional.ofNullable(keycloak);
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started. */
    public void start(PrintStream out) throws Exception {
        try {
            startInfrastructure(out);
            startServices(out);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Starts PostgreSQL (or connects to the external one, creating each service's database) and Kafka, but no
     * service: for running the services some other way, as the container tests do with
     * {@link #serviceSettings}.
     */
    public void startInfrastructure(PrintStream out) throws Exception {
        Files.createDirectories(settings.dataDir());
        if (settings.externalPostgresUrl().isPresent()) {
            database = Database.external(settings.externalPostgresUrl().get(), settings.postgresUser(),
                    settings.postgresPassword());
            out.println("PostgreSQL: using " + settings.externalPostgresUrl().get());
        } else {
            out.println("PostgreSQL: starting the embedded server on port " + settings.postgresPort());
            database = Database.embedded(settings.dataDir().resolve("postgres"), settings.postgresPort());
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            database.ensureDatabase(spec.database());
        }
        if (settings.externalKafka().isPresent()) {
            out.println("Kafka: using " + settings.externalKafka().get());
        } else {
            out.println("Kafka: starting a KRaft broker on port " + settings.kafkaPort());
            broker = new KafkaBroker(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort());
            broker.start(Duration.ofSeconds(120));
        }
        if (keycloakPort != null) {
            out.println("Keycloak " + KeycloakServer.VERSION + ": starting on port " + keycloakPort
                    + " (the first start takes a minute or two)");
            keycloak = KeycloakServer.prepare(cacheDir(), keycloakPort,
                    settings.dataDir().resolve("logs").resolve("keycloak.log"), out);
            keycloak.start(settings.root().resolve("deploy").resolve("keycloak").resolve("huiwu-realm.json"),
                    Duration.ofSeconds(420));
            out.println("Keycloak: realm " + KeycloakServer.REALM + " at " + keycloak.issuer());
        }
    }

    /** Where downloads are kept between stacks: {@code huiwu.cache}, else {@code $XDG_CACHE_HOME/huiwu}. */
    static Path cacheDir() {
        String configured = System.getProperty("huiwu.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg))
                .resolve("huiwu");
    }

    /**
     * What a service of this stack is started with: its configuration properties (given to a process as system
     * properties) and its environment. Only after {@link #startInfrastructure}.
     */
    public record ServiceSettings(Map<String, String> properties, Map<String, String> environment) {

        /**
         * Everything as environment variables, the way a container takes it: Quarkus reads
         * {@code quarkus.http.port} from {@code QUARKUS_HTTP_PORT}.
         */
        public Map<String, String> asEnvironment() {
            Map<String, String> all = new LinkedHashMap<>();
            properties.forEach((key, value) -> all.put(key.toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9]", "_"), value));
            all.putAll(environment);
            return all;
        }
    }

    public ServiceSettings serviceSettings(ServiceSpec spec) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.profile", keycloak == null ? "local" : "local,keycloak");
        if (keycloak != null) {
            properties.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        }
        properties.put("quarkus.http.port", Integer.toString(settings.servicePorts().get(spec)));
        properties.put("quarkus.datasource.jdbc.url", database.url(spec.database()));
        properties.put("quarkus.datasource.username", database.user());
        properties.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        properties.putAll(settings.extraServiceProperties());
        Map<String, String> environment = Map.of(
                "HUIWU_LOCAL_PUBLIC_KEY", tokens.publicKey(),
                "HUIWU_LOCAL_ISSUER", LocalTokens.ISSUER,
                "HUIWU_LOCAL_CREDENTIAL_KEY", credentialKey,
                "QUARKUS_DATASOURCE_PASSWORD", database.password());
        return new ServiceSettings(properties, environment);
    }

    private void startServices(PrintStream out) throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            int port = settings.servicePorts().get(spec);
            ServiceSettings service = serviceSettings(spec);
            ServiceProcess process = new ServiceProcess(spec.name(), spec.jar(settings.root()), port,
                    settings.dataDir().resolve("logs").resolve(spec.name() + ".log"), service.properties(),
                    service.environment(), settings.serviceJvmOptions());
            out.println(spec.name() + ": starting on port " + port);
            process.start();
            services.add(process);
        }
        List<String> failures = new ArrayList<>();
        for (ServiceProcess service : services) {
            try {
                service.awaitReady(Duration.ofSeconds(180));
                out.println(service.name() + ": ready at " + service.url());
            } catch (IOException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("Not every service became ready:\n" + String.join("\n\n", failures));
        }
    }

    public String url(ServiceSpec spec) {
        return "http://localhost:" + settings.servicePorts().get(spec);
    }

    public String kafkaBootstrapServers() {
        return settings.externalKafka().orElseGet(() -> broker.bootstrapServers());
    }

    public Database database() {
        return database;
    }

    /** Stops the embedded Kafka broker; the services keep running. */
    public void stopKafka() throws InterruptedException {
        requireEmbeddedKafka().stop();
    }

    /** Starts the embedded Kafka broker again, with the data it had. */
    public void startKafka() throws IOException, InterruptedException {
        requireEmbeddedKafka().start(Duration.ofSeconds(120));
    }

    /** Restarts the embedded PostgreSQL server with its data; the services keep running and reconnect. */
    public void restartDatabase() throws IOException {
        database.restart();
    }

    /** Kills one service with SIGKILL; {@link #watch()} (as {@code ./run} does) or {@link #startService} revive it. */
    public void killService(ServiceSpec spec) throws InterruptedException {
        service(spec).kill();
    }

    /** Starts a killed or stopped service again and waits until it is ready. */
    public void startService(ServiceSpec spec) throws IOException, InterruptedException {
        ServiceProcess service = service(spec);
        service.start();
        service.awaitReady(Duration.ofSeconds(180));
    }

    private ServiceProcess service(ServiceSpec spec) {
        return services.stream().filter(service -> service.name().equals(spec.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " is not running in this stack"));
    }

    private KafkaBroker requireEmbeddedKafka() {
        if (broker == null) {
            throw new IllegalStateException("Kafka is external to this stack");
        }
        return broker;
    }

    /** The process ids of every part of the stack that runs on this machine (for measuring its memory). */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        pids.add(ProcessHandle.current().pid());
        if (database != null && database.isEmbedded()) {
            pids.add(database.pid());
        }
        if (broker != null) {
            pids.add(broker.pid());
        }
        services.forEach(service -> pids.add(service.pid()));
        if (keycloak != null) {
            pids.addAll(keycloak.pids());
        }
        pids.removeIf(pid -> pid <= 0);
        return pids;
    }

    /**
     * Looks at every part of the stack once, as {@code ./run} does every few seconds while it waits: a service that has
     * ended is started again (at most {@value #RESTARTS} times), and the answer says what happened. An answer that is
     * not {@link Watch#healthy()} means the stack cannot go on and should be stopped.
     */
    public Watch watch() throws InterruptedException {
        if (database != null && database.isEmbedded()
                && !ProcessHandle.of(database.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return new Watch(false, "PostgreSQL has stopped (see " + settings.dataDir().resolve("postgres") + ")");
        }
        if (broker != null && !broker.isRunning()) {
            return new Watch(false, "the Kafka broker has stopped (see " + settings.dataDir().resolve("kafka")
                    .resolve("broker.log") + ")");
        }
        List<String> restarted = new ArrayList<>();
        for (ServiceProcess service : services) {
            java.util.OptionalInt code = service.exited();
            if (code.isEmpty()) {
                continue;
            }
            int count = restarts.merge(service.name(), 1, Integer::sum);
            if (count > RESTARTS) {
                return new Watch(false, service.name() + " exited (code " + code.getAsInt() + ") for the "
                        + count + "th time; see " + service.log());
            }
            try {
                service.start();
            } catch (IOException e) {
                return new Watch(false, service.name() + " exited and cannot be started again: " + e.getMessage());
            }
            restarted.add(service.name() + " exited (code " + code.getAsInt() + "); started it again (see "
                    + service.log() + ")");
        }
        return new Watch(true, String.join("\n", restarted));
    }

    /** What {@link #watch()} found: whether the stack can go on, and what to tell the person running it. */
    public record Watch(boolean healthy, String message) {
    }

    /** How often one service is started again before the stack gives up on it. */
    static final int RESTARTS = 3;
    private final Map<String, Integer> restarts = new java.util.HashMap<>();

    /** Stops the services, then Kafka, then PostgreSQL. */
    @Override
    public void close() throws Exception {
        for (ServiceProcess service : services) {
            service.stop();
        }
        services.clear();
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
