package io.huiwu.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for the local stack ({@code ./run --keycloak}): the Keycloak server distribution from Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}), downloaded once into a cache folder and checked against its SHA-1,
 * started in development mode with the realm of {@code deploy/keycloak} and, for this machine only, a command-line
 * client and a user per role ({@link #localRealm}). Its database is made afresh at every start from those files.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "huiwu";
    /** The public client of this machine that signs in with a password (the password grant), for scripts and tests. */
    public static final String LOCAL_CLIENT = "huiwu-local-cli";
    /** The same as {@link #LOCAL_CLIENT}, with access tokens that expire after 2 seconds. */
    public static final String EXPIRING_CLIENT = "huiwu-local-expiring";
    /** The users the local realm has: a platform administrator and one member of staff per meeting role. */
    public static final List<String> LOCAL_USERS = List.of("administrator", "organizer", "registrar", "logistics",
            "venue", "secretariat", "outsider");
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/";

    private final Path home;
    private final int port;
    private final Path log;
    private Process process;

    private KeycloakServer(Path home, int port, Path log) {
        this.home = home;
        this.port = port;
        this.log = log;
    }

    /**
     * The server, unpacked from the distribution in the cache folder (downloaded first when it is not there). Without
     * the file and without a connection to Maven Central it fails with one line that says so.
     */
    public static KeycloakServer prepare(Path cache, int port, Path log, java.io.PrintStream out)
            throws IOException, InterruptedException {
        Path home = cache.resolve("keycloak-" + VERSION);
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            Path zip = distribution(cache, out);
            out.println("Keycloak: unpacking " + zip.getFileName());
            unzip(zip, cache);
        }
        return new KeycloakServer(home, port, log);
    }

    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    /** The server's processes (the start script may leave a shell above the JVM). */
    public List<Long> pids() {
        if (!isRunning()) {
            return List.of();
        }
        return Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants())
                .map(ProcessHandle::pid).toList();
    }

        public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the server with a fresh database that imports the local realm, and waits until the realm answers. */
    public void start(Path realmFile, Duration timeout) throws IOException, InterruptedException {
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Files.write(imports.resolve(REALM + "-realm.json"), localRealm(realmFile));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the master realm's administrator of this machine only; the services never use it
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putIfAbsent("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        process = builder.start();
        awaitRealm(timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /**
     * The realm of {@code deploy/keycloak} with what only this machine has: a public client that takes a user's
     * password ({@link #LOCAL_CLIENT}, and {@link #EXPIRING_CLIENT} whose tokens last 2 s), local addresses the browser
     * apps may return to, and the users of {@link #LOCAL_USERS}, each with their name as password and as id (the
     * token's {@code sub}, which grants name); {@code administrator} holds the platform role. Roles in meetings are
     * granted in registration-service to these names.
     */
    static byte[] localRealm(Path realmFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        ArrayNode clients = (ArrayNode) realm.withArray("clients");
        for (var client : clients) {
            if (client.path("clientId").asText().equals("huiwu-admin")) {
                ((ArrayNode) client.withArray("redirectUris")).add("http://localhost:5173/*");
                ((ArrayNode) client.withArray("webOrigins")).add("http://localhost:5173");
            }
        }
        ObjectNode cli = clients.addObject();
        cli.put("clientId", LOCAL_CLIENT).put("name", "Command line of this machine").put("publicClient", true)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true);
        // the same, with tokens that expire after 2 seconds: for checking that an expired token is refused
        ObjectNode expiring = clients.addObject();
        expiring.put("clientId", EXPIRING_CLIENT).put("name", "Command line, short-lived tokens")
                .put("publicClient", true).put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true);
        expiring.putObject("attributes").put("access.token.lifespan", "2");
        ArrayNode users = realm.putArray("users");
        for (String name : LOCAL_USERS) {
            ObjectNode user = users.addObject();
            // the user's id is the token's subject, which grants name: here it is the user name, as in ./run token
            user.put("id", name).put("username", name).put("enabled", true).put("emailVerified", true)
                    .put("firstName", name).put("lastName", "local").put("email", name + "@huiwu.local");
            user.putArray("credentials").addObject().put("type", "password").put("value", name)
                    .put("temporary", false);
            ArrayNode roles = user.putArray("realmRoles");
            if (name.equals("administrator")) {
                roles.add("administrator");
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(realm);
    }

    private void awaitRealm(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IOException("Keycloak did not serve the realm " + REALM + " within " + timeout.toSeconds()
                + " s; see " + log);
    }

    /** The distribution zip: from the local Maven repository, the cache, or downloaded from Maven Central. */
    static Path distribution(Path cache, java.io.PrintStream out) throws IOException, InterruptedException {
        return distribution(cache, CENTRAL, Path.of(System.getProperty("user.home"), ".m2", "repository"), out);
    }

    static Path distribution(Path cache, String repository, Path localRepository, java.io.PrintStream out)
            throws IOException, InterruptedException {
        String file = "keycloak-quarkus-dist-" + VERSION + ".zip";
        Path m2 = localRepository.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", VERSION, file));
        if (Files.isRegularFile(m2)) {
            return m2;
        }
        Path cached = cache.resolve(file);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        Files.createDirectories(cache);
        URI zip = URI.create(repository + VERSION + "/" + file);
        out.println("Keycloak: downloading " + zip + " (about 150 MB, once)");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Path part = cache.resolve(file + ".part");
        try {
            String expected = http.send(HttpRequest.newBuilder(URI.create(zip + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().strip().split("\\s+")[0];
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(zip).build(),
                    HttpResponse.BodyHandlers.ofFile(part));
            if (response.statusCode() != 200) {
                throw new IOException("Maven Central answered " + response.statusCode());
            }
            String actual = sha1(part);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IOException("the download's SHA-1 " + actual + " is not Maven Central's " + expected);
            }
            Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING);
            return cached;
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new IOException("Keycloak " + VERSION + " is not in " + cache + " and could not be downloaded from"
                    + " Maven Central (" + e.getMessage() + "); connect to Maven Central once, or put " + file
                    + " in " + cache, e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("the archive names a file outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (target.getParent().getFileName().toString().equals("bin") && target.toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
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
