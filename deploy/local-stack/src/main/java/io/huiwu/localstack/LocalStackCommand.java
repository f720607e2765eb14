package io.huiwu.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./run} command.
 *
 * <pre>
 * ./run [--demo] [--postgres JDBC_URL [--postgres-user U --postgres-password P]] [--kafka HOST:PORT] [--data DIR]
 * ./run stop
 * ./run token ROLE [--meeting MEETING_ID] [--attendee ATTENDEE_ID] [--hours N]
 * ./run status
 * </pre>
 */
public final class LocalStackCommand {

    private static final String USAGE = """
            Usage:
              ./run [--demo] [--postgres JDBC_URL] [--postgres-user USER] [--postgres-password PASSWORD]
                    [--kafka HOST:PORT] [--data DIR] [--ports FIRST] [--keycloak [--keycloak-port PORT]]
                                                          start the whole system and wait (Ctrl-C stops it);
                                                          --demo loads the demo meeting once per data folder;
                                                          --keycloak starts Keycloak (port 8180) with the realm
                                                          of deploy/keycloak and a user per role (password: the
                                                          user name); the services trust it instead of ./run token
                                                          --ports moves a second stack to FIRST+1.. (services),
                                                          FIRST+10 (PostgreSQL), FIRST+11, +12 (Kafka)
              ./run stop                                  stop a stack started from this folder
              ./run token ROLE [--meeting ID] [--attendee ID] [--hours N]
                                                          print a bearer token the running services accept.
                                                          ROLE: administrator (creates meetings), organizer,
                                                          registrar, logistics, venue, secretariat: a role in the
                                                          demo meeting, or with --meeting in that one (granted
                                                          on the spot); attendee --attendee ID for one attendee
              ./run status                                say whether the stack runs, and where
            """;

    /** The subject of ./run token administrator, and of the demo's administrator. */
    static final String LOCAL_ADMINISTRATOR = "local-administrator";
    private static final String DEMO_MEETING_FILE = "demo-meeting";

    private LocalStackCommand() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            status = 2;
        } catch (Exception e) {
            // never a stack trace: one line that says what failed; the details are in the logs it names
            System.err.println("./run: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            status = 1;
        }
        System.exit(status);
    }

    private static int run(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String command = !arguments.isEmpty() && !arguments.get(0).startsWith("--") ? arguments.remove(0) : "up";
        Path root = Path.of(System.getProperty("huiwu.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(option(arguments, "--data").orElse(root.resolve(".local-stack").toString()))
                .toAbsolutePath().normalize();
        int status = switch (command) {
            case "up" -> up(root, dataDir, arguments);
            case "stop" -> stop(dataDir);
            case "token" -> token(dataDir, arguments);
            case "status" -> status(dataDir);
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("Unknown command '" + command + "'.\n" + USAGE);
                yield 2;
            }
        };
        return status;
    }

    private static int up(Path root, Path dataDir, List<String> arguments) throws Exception {
        PrintStream out = System.out;
        Optional<Long> running = runningPid(dataDir);
        if (running.isPresent()) {
            System.err.println("The stack already runs from " + dataDir + " (pid " + running.get()
                    + "); stop it with ./run stop");
            return 1;
        }
        boolean demo = arguments.remove("--demo");
        boolean withKeycloak = arguments.remove("--keycloak");
        Optional<String> keycloakPort = option(arguments, "--keycloak-port");
        if (withKeycloak && demo) {
            System.err.println("--demo loads the demo with the stack's own tokens, which a stack with --keycloak does"
                    + " not accept: load it once without --keycloak (the data folder keeps it), then use --keycloak");
            return 2;
        }
        LocalStack.Settings settings = LocalStack.Settings.defaults(root, dataDir);
        Optional<String> postgres = option(arguments, "--postgres");
        if (postgres.isPresent()) {
            settings = settings.withExternalPostgres(postgres.get(),
                    option(arguments, "--postgres-user").orElse(System.getenv().getOrDefault("PGUSER", "postgres")),
                    option(arguments, "--postgres-password")
                            .orElse(System.getenv().getOrDefault("PGPASSWORD", "postgres")));
        }
        Optional<String> kafka = option(arguments, "--kafka");
        if (kafka.isPresent()) {
            settings = settings.withExternalKafka(kafka.get());
        }
        Optional<String> ports = option(arguments, "--ports");
        if (ports.isPresent()) {
            int first;
            try {
                first = Integer.parseInt(ports.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--ports needs a number, the first of 16 free ports");
            }
            java.util.Map<ServiceSpec, Integer> servicePorts = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
                servicePorts.put(ServiceSpec.ALL.get(i), first + 1 + i);
            }
            settings = settings.withPorts(first + 10, first + 11, first + 12, servicePorts);
        }
        if (!arguments.isEmpty()) {
            System.err.println("Unknown option(s) " + arguments + ".\n" + USAGE);
            return 2;
        }

        long started = System.nanoTime();
        LocalStack stack = new LocalStack(settings);
        if (withKeycloak) {
            try {
                stack.withKeycloak(Integer.parseInt(keycloakPort.orElse("8180")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--keycloak-port needs a port number");
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping the stack...");
            try {
                stack.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
            deleteQuietly(dataDir.resolve("stack.pid"));
            out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start(out);
        } catch (Exception e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Files.writeString(dataDir.resolve("stack.pid"), Long.toString(ProcessHandle.current().pid()));
        saveAddresses(stack, dataDir);
        long memoryKib = StackMemory.totalKib(stack.pids());

        if (demo) {
            loadDemo(stack, dataDir, out);
        }

        out.printf("%nAll four services are ready (%.1f s from start; stack memory %s).%n", seconds,
                memoryKib < 0 ? "unknown" : (memoryKib / 1024) + " MiB PSS");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            out.printf("  %-22s %s   (API docs: %s/q/swagger-ui)%n", spec.name(), stack.url(spec), stack.url(spec));
        }
        out.println("  Kafka                  " + stack.kafkaBootstrapServers());
        out.println("  PostgreSQL             " + stack.database().url("<service>") + " (user "
                + stack.database().user() + ")");
        out.println("  data and logs          " + dataDir);
        if (stack.keycloak().isPresent()) {
            KeycloakServer keycloak = stack.keycloak().get();
            out.println("  Keycloak               " + keycloak.issuer() + " (users " + KeycloakServer.LOCAL_USERS
                    + ", password: the user name; master realm admin/admin)");
            out.println("\nGet a token:  TOKEN=$(curl -s -d grant_type=password -d client_id="
                    + KeycloakServer.LOCAL_CLIENT + " -d username=administrator -d password=administrator "
                    + keycloak.tokenEndpoint() + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
            out.println("              (administrator creates meetings; grant the others roles in a meeting, by"
                    + " user name, at /api/v1/meetings/{id}/staff)");
        } else {
            out.println("\nGet a token:  TOKEN=$(./run token organizer)" + (demo ? "   (a role in the demo meeting)"
                    : "   (create a meeting first with a token of ./run token administrator)"));
        }
        out.println("Try:          curl -H \"Authorization: Bearer $TOKEN\" " + stack.url(ServiceSpec.REGISTRATION)
                + "/api/v1/meetings");
        out.println("Stop:         Ctrl-C, or ./run stop from another terminal");
        while (!stopped.await(3, TimeUnit.SECONDS)) {
            LocalStack.Watch watch = stack.watch();
            if (!watch.message().isEmpty()) {
                out.println(watch.message());
            }
            if (!watch.healthy()) {
                System.err.println("Stopping the whole stack: " + watch.message());
                return 1;
            }
        }
        return 0;
    }

    /**
     * Loads the demo meeting once per data folder: a later {@code ./run --demo} finds it and leaves it as it is. A
     * failure is said in one line (the call, its status and the problem's detail) and leaves the stack running with
     * what it has; the folder records the demo only once it is whole.
     */
    private static void loadDemo(LocalStack stack, Path dataDir, PrintStream out) {
        Map<ServiceSpec, String> urls = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            urls.put(spec, stack.url(spec));
        }
        DemoData demo = new DemoData(urls, stack.tokens());
        try {
            Optional<String> earlier = demoMeeting(dataDir);
            if (earlier.isPresent() && demo.exists(earlier.get())) {
                out.println("Demo meeting: " + demo.url(earlier.get()) + " (loaded before; left as it is)");
                return;
            }
            out.println("Loading the demo meeting through the public API...");
            DemoData.Loaded loaded = demo.load(out);
            Files.writeString(dataDir.resolve(DEMO_MEETING_FILE), loaded.meetingId());
            out.println("Demo meeting: " + loaded.url() + " (the local staff hold their roles in it)");
        } catch (IOException | RuntimeException e) {
            // an answer the demo did not expect (an id missing from a body...) is said in the same one line
            String why = e instanceof IOException ? e.getMessage() : e.toString();
            System.err.println("The demo could not be loaded (" + why + "); the stack runs with what was"
                    + " loaded before that, and the next ./run --demo on this folder loads it afresh. Logs: "
                    + dataDir.resolve("logs"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int stop(Path dataDir) throws InterruptedException {
        Optional<Long> pid = runningPid(dataDir);
        if (pid.isEmpty()) {
            System.out.println("No stack runs from " + dataDir);
            return 0;
        }
        ProcessHandle handle = ProcessHandle.of(pid.get()).orElseThrow();
        handle.destroy();
        try {
            handle.onExit().get(90, TimeUnit.SECONDS);
            System.out.println("Stopped the stack (pid " + pid.get() + ")");
            return 0;
        } catch (Exception e) {
            System.err.println("The stack (pid " + pid.get() + ") did not stop within 90 s");
            return 1;
        }
    }

    private static int token(Path dataDir, List<String> arguments) throws IOException, InterruptedException {
        if (arguments.isEmpty()) {
            System.err.println("Which role? " + USAGE);
            return 2;
        }
        String role = arguments.remove(0);
        Optional<String> attendee = option(arguments, "--attendee");
        Optional<String> meetingOption = option(arguments, "--meeting");
        Duration lifetime = Duration.ofHours(Long.parseLong(option(arguments, "--hours").orElse("12")));
        List<String> roles = List.of("administrator", "organizer", "registrar", "logistics", "venue", "secretariat",
                "attendee");
        if (!roles.contains(role)) {
            System.err.println("Unknown role '" + role + "'; use one of " + roles);
            return 2;
        }
        Optional<UUID> meeting;
        try {
            meeting = meetingOption.or(() -> demoMeeting(dataDir)).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            System.err.println("--meeting needs a meeting id (a UUID)");
            return 2;
        }
        LocalTokens tokens = LocalTokens.inFolder(dataDir.resolve("keys"));
        switch (role) {
            case "administrator" -> System.out.println(tokens.staff(LOCAL_ADMINISTRATOR, lifetime, "administrator"));
            case "attendee" -> {
                if (attendee.isEmpty() || meeting.isEmpty()) {
                    System.err.println("An attendee token needs --attendee <attendee id> and, unless the demo"
                            + " meeting was loaded, --meeting <meeting id>");
                    return 2;
                }
                System.out.println(tokens.attendee(meeting.get(), UUID.fromString(attendee.get()), lifetime));
            }
            default -> {
                if (meetingOption.isPresent()) {
                    String granted = grantOnMeeting(dataDir, tokens, meeting.orElseThrow(), role);
                    if (granted != null) {
                        System.err.println(granted);
                        return 1;
                    }
                } else if (meeting.isEmpty()) {
                    System.err.println("Note: local-" + role + " holds " + role + " only in meetings that granted"
                            + " it; load the demo (./run --demo) or pass --meeting <id>");
                }
                System.out.println(tokens.staff("local-" + role, lifetime));
            }
        }
        return 0;
    }

    /** Grants local-ROLE its role in a meeting through the running registration service; null when done. */
    private static String grantOnMeeting(Path dataDir, LocalTokens tokens, UUID meeting, String role)
            throws IOException, InterruptedException {
        Path addresses = dataDir.resolve("addresses.properties");
        if (runningPid(dataDir).isEmpty() || !Files.exists(addresses)) {
            return "--meeting needs the running stack (./run) to record the grant";
        }
        Properties urls = new Properties();
        try (var reader = Files.newBufferedReader(addresses)) {
            urls.load(reader);
        }
        String body = "{\"subject\":\"local-" + role + "\",\"role\":\"" + role.toUpperCase() + "\"}";
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(urls.getProperty(ServiceSpec.REGISTRATION.name())
                                + "/api/v1/meetings/" + meeting + "/staff"))
                        .header("Authorization", "Bearer " + tokens.staff(LOCAL_ADMINISTRATOR, Duration.ofMinutes(5),
                                "administrator"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201 || response.statusCode() == 409) {
            return null;
        }
        return "Could not grant " + role + " in meeting " + meeting + ": " + response.statusCode() + " "
                + response.body();
    }

    private static Optional<String> demoMeeting(Path dataDir) {
        try {
            return Optional.of(Files.readString(dataDir.resolve(DEMO_MEETING_FILE)).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int status(Path dataDir) throws IOException {
        Optional<Long> pid = runningPid(dataDir);
        if (pid.isEmpty()) {
            System.out.println("Not running (data in " + dataDir + ")");
            return 1;
        }
        System.out.println("Running, pid " + pid.get());
        Path addresses = dataDir.resolve("addresses.properties");
        if (Files.exists(addresses)) {
            System.out.print(Files.readString(addresses));
        }
        return 0;
    }

    private static void saveAddresses(LocalStack stack, Path dataDir) throws IOException {
        Properties addresses = new Properties();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            addresses.setProperty(spec.name(), stack.url(spec));
        }
        addresses.setProperty("kafka", stack.kafkaBootstrapServers());
        StringBuilder text = new StringBuilder();
        addresses.stringPropertyNames().stream().sorted()
                .forEach(name -> text.append(name).append('=').append(addresses.getProperty(name)).append('\n'));
        Files.writeString(dataDir.resolve("addresses.properties"), text, StandardCharsets.UTF_8);
    }

    private static Optional<Long> runningPid(Path dataDir) {
        Path file = dataDir.resolve("stack.pid");
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> option(List<String> arguments, String name) {
        int index = arguments.indexOf(name);
        if (index < 0) {
            return Optional.empty();
        }
        if (index + 1 >= arguments.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = arguments.get(index + 1);
        arguments.remove(index + 1);
        arguments.remove(index);
        return Optional.of(value);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next start checks whether the pid is alive anyway
        }
    }
}
