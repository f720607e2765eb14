package io.huiwu.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server of the stack: either an embedded one (a real server from zonky's binaries, data kept in a
 * folder between runs) or an existing one given by a JDBC URL. Each service gets a database of its own on it.
 */
public final class Database implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)(/([^?]*))?(\\?.*)?");

    private EmbeddedPostgres embedded;
    private final Path embeddedDataDir;
    private final String hostAndPort;
    private final String query;
    private final String user;
    private final String password;

    private Database(EmbeddedPostgres embedded, Path embeddedDataDir, String hostAndPort, String query, String user,
            String password) {
        this.embedded = embedded;
        this.embeddedDataDir = embeddedDataDir;
        this.hostAndPort = hostAndPort;
        this.query = query;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server on {@code port} with its data in {@code dataDir} (kept between runs). */
    public static Database embedded(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres server = startEmbedded(dataDir, port);
        return new Database(server, dataDir, "localhost:" + server.getPort(), "", "postgres", "postgres");
    }

    private static EmbeddedPostgres startEmbedded(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * Stops the embedded server (fast shutdown: open transactions are rolled back and every connection is closed) and
     * starts it again on the same port with the same data, as a database restarted by its operator.
     */
    public synchronized void restart() throws IOException {
        if (embedded == null) {
            throw new IllegalStateException("PostgreSQL is external to this stack");
        }
        embedded.close();
        embedded = startEmbedded(embeddedDataDir, port());
    }

    /** An existing server; the database named in the URL is only used to create the services' databases. */
    public static Database external(String jdbcUrl, String user, String password) {
        Matcher matcher = JDBC_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        String query = matcher.group(4) == null ? "" : matcher.group(4);
        return new Database(null, null, matcher.group(1), query, user, password);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public long pid() {
        return embedded == null ? -1 : readPostmasterPid();
    }

    /** The port the server listens on. */
    public int port() {
        String port = hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1);
        return Integer.parseInt(port);
    }

    /** The JDBC URL of one database on this server. */
    public String url(String database) {
        return "jdbc:postgresql://" + hostAndPort + "/" + database + query;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        }
    }

    /** Drops and recreates a database: for tests that need a clean one. */
    public void recreateDatabase(String name) throws SQLException {
        ensureDatabase(name);
        try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
                Statement drop = connection.createStatement()) {
            drop.execute("drop database " + name + " with (force)");
            drop.execute("create database " + name);
        }
    }

    private long readPostmasterPid() {
        try {
            Path pidFile = embeddedDataDir.resolve("postmaster.pid");
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
