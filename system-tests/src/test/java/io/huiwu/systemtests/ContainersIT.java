package io.huiwu.systemtests;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Capability;
import io.huiwu.localstack.FreePorts;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four services from their container images ({@code deploy/containers/build-images.sh}), run by Podman through
 * Testcontainers against the local stack's embedded PostgreSQL and Kafka broker on this machine. The containers share
 * the host's network, so they reach both on the loopback address, and the test reaches them on theirs. Only in the
 * {@code containers} profile: it needs a machine prepared by {@code deploy/containers/prepare-machine.sh}.
 */
@Tag("containers")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainersIT {

    private static final String VERSION = System.getProperty("huiwu.image.version", "1.0.0-SNAPSHOT");
    private static final String REGISTRY = System.getProperty("huiwu.image.registry", "localhost");
    /** Generous for four JVMs starting at once on a loaded two-core machine, never a margin. */
    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration DELIVERY = Duration.ofSeconds(120);
    private static final long MEMORY_LIMIT = 768L * 1024 * 1024;

    private static LocalStack stack;
    private static Path logs;
    private static final Map<ServiceSpec, GenericContainer<?>> CONTAINERS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();
        Path dir = Path.of(System.getProperty("huiwu.stack.dir", "target/stack")).toAbsolutePath()
                .resolveSibling("containers-stack");
        RunningStack.deleteRecursively(dir);
        logs = Files.createDirectories(dir.resolve("logs"));
        Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            ports.put(spec, FreePorts.one());
        }
        stack = new LocalStack(LocalStack.Settings.defaults(root, dir)
                .withPorts(FreePorts.one(), FreePorts.one(), FreePorts.one(), ports));
        stack.startInfrastructure(System.out);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            CONTAINERS.put(spec, container(spec));
        }
        // one after another, each until its "started in" line: four JVMs starting at once on two cores take longer
        // together than in turn
        for (GenericContainer<?> container : CONTAINERS.values()) {
            container.start();
        }
        for (ServiceSpec spec : ServiceSpec.ALL) {
            await().atMost(START).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                    given().when().get(stack.url(spec) + "/q/health/ready").then().statusCode(200));
        }
    }

    private static GenericContainer<?> container(ServiceSpec spec) {
        Path log = logs.resolve(spec.name() + ".log");
        GenericContainer<?> container = new GenericContainer<>(
                DockerImageName.parse(REGISTRY + "/huiwu/" + spec.name() + ":" + VERSION))
                .withNetworkMode("host")
                // as the Kubernetes manifests run it: their memory limit (the image sizes the heap from it), a
                // read-only root file system with a writable /tmp, no capabilities, no privilege escalation
                .withCreateContainerCmdModifier(command -> command.getHostConfig().withMemory(MEMORY_LIMIT)
                        .withReadonlyRootfs(true).withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges")))
                .withTmpFs(Map.of("/tmp", "rw"))
                .withEnv(stack.serviceSettings(spec).asEnvironment())
                .withLogConsumer(frame -> append(log, frame.getUtf8String()))
                .waitingFor(Wait.forLogMessage(".* started in .*", 1).withStartupTimeout(START));
        container.setStartupAttempts(1);
        return container;
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        // Ryuk is off (its image cannot be pulled here): every container started must be removed by the test
        for (GenericContainer<?> container : CONTAINERS.values()) {
            container.stop();
        }
        CONTAINERS.clear();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceAnswersItsHealthChecksAndRunsAsANonRootUserOnAReadOnlyRoot() throws Exception {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            given().when().get(stack.url(spec) + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().when().get(stack.url(spec) + "/q/health/live").then().statusCode(200)
                    .body("status", equalTo("UP"));
            GenericContainer<?> container = CONTAINERS.get(spec);
            Container.ExecResult id = container.execInContainer("id", "-u");
            assertEquals(0, id.getExitCode(), id.getStderr());
            assertEquals("185", id.getStdout().strip(), spec.name() + ": the user commands run as");
            // the service's own process (the container's first), not only what exec runs
            Container.ExecResult owner = container.execInContainer("stat", "-c", "%u", "/proc/1");
            assertNotEquals("0", owner.getStdout().strip(), spec.name() + "'s java process runs as root");
            Container.ExecResult command = container.execInContainer("cat", "/proc/1/cmdline");
            assertTrue(command.getStdout().startsWith("java"), spec.name() + " runs " + command.getStdout());
            // it runs, and keeps running, with nothing writable but /tmp
            assertNotEquals(0, container.execInContainer("touch", "/deployments/written").getExitCode(),
                    spec.name() + ": the root file system is writable");
            assertEquals(0, container.execInContainer("touch", "/tmp/written").getExitCode());
        }
    }

    @Test
    @Order(2)
    void anAttendeeRegisteredInRegistrationReachesVenuesRoster() throws Exception {
        String meeting = meeting("容器测试会议");
        String organizer = stack.tokens().staff("containers-organizer", Duration.ofHours(1));
        String attendee = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .header("Idempotency-Key", "containers-attendee-1")
                .body("{\"name\":\"容器代表\",\"gender\":\"FEMALE\",\"category\":\"ATTENDEE\","
                        + "\"delegation\":\"第一代表团\",\"rank\":1}")
                .when().post(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting + "/attendees")
                .then().statusCode(201).extract().path("id");
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(organizer)
                        .when().get(stack.url(ServiceSpec.VENUE) + "/api/v1/meetings/" + meeting + "/attendees")
                        .then().statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].id", equalTo(attendee))
                        .body("items[0].name", equalTo("容器代表")));
    }

    @Test
    @Order(3)
    void aStoppedServiceShutsDownGracefullyAndLosesNoEvent() throws Exception {
        String meeting = meeting("停止容器测试会议");
        String organizer = stack.tokens().staff("containers-organizer", Duration.ofHours(1));
        int registered = 20;
        for (int i = 0; i < registered; i++) {
            given().auth().oauth2(organizer).contentType(ContentType.JSON)
                    .body("{\"name\":\"代表" + i + "\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\","
                            + "\"delegation\":\"第二代表团\",\"rank\":" + (i + 1) + "}")
                    .when().post(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings/" + meeting
                            + "/attendees")
                    .then().statusCode(201);
        }
        GenericContainer<?> registration = CONTAINERS.get(ServiceSpec.REGISTRATION);
        DockerClient docker = registration.getDockerClient();
        // SIGTERM, and SIGKILL only if the service is still running 30 seconds later
        docker.stopContainerCmd(registration.getContainerId()).withTimeout(30).exec();
        Long exitCode = docker.inspectContainerCmd(registration.getContainerId()).exec().getState().getExitCodeLong();
        assertTrue(Set.of(0L, 143L).contains(exitCode), "exit code after SIGTERM: " + exitCode);
        String log = Files.readString(logs.resolve(ServiceSpec.REGISTRATION.name() + ".log"));
        assertTrue(log.contains("registration-service stopped in"), "Quarkus reports a graceful shutdown:\n" + log);
        // every event of the meeting was either sent before the process ended or is still waiting in the outbox
        // for the next start; nothing was half-written or dropped
        long sent = count("select count(*) from outbox_published where payload like '%" + meeting + "%'");
        long waiting = count("select count(*) from outbox_event where payload like '%" + meeting + "%'");
        System.out.printf("registration-service stopped with code %d: %d of the meeting's events sent, %d waiting%n",
                exitCode, sent, waiting);
        assertTrue(sent + waiting >= registered + 1, "events of the meeting and its " + registered
                + " attendees: " + sent + " sent, " + waiting + " waiting");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                stack.database().url(ServiceSpec.REGISTRATION.database()), stack.database().user(),
                stack.database().password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A meeting created by an administrator, with containers-organizer as its organizer. */
    private static String meeting(String name) {
        String admin = stack.tokens().staff("containers-administrator", Duration.ofHours(1), "administrator");
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\","
                        + "\"organizer\":\"containers-organizer\"}")
                .when().post(stack.url(ServiceSpec.REGISTRATION) + "/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
    }

}
