package io.huiwu.chassis.testing;

import io.huiwu.localstack.Database;
import io.huiwu.localstack.FreePorts;
import io.huiwu.localstack.LocalTokens;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real infrastructure a test JVM shares: one embedded PostgreSQL server, one in-process Kafka cluster (a real
 * KRaft broker and controller, the Kafka project's own test kit) and one signing key. Started on first use, stopped
 * when the Quarkus application under test stops.
 */
public final class TestInfrastructure {

    private static Database database;
    private static DatabaseProxy proxy;
    private static KafkaClusterTestKit kafka;
    private static final LocalTokens TOKENS = LocalTokens.generate();

    private TestInfrastructure() {
    }

    public static LocalTokens tokens() {
        return TOKENS;
    }

    /** The embedded PostgreSQL server, started on first call. */
    public static synchronized Database database() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("huiwu-test-pg");
                database = Database.embedded(dir.resolve("data"), FreePorts.one());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return database;
    }

    /**
     * A relay in front of the embedded PostgreSQL server, through which the service under test reaches it, so that
     * tests can make the database fail ({@link DatabaseProxy}); started on first call.
     */
    public static synchronized DatabaseProxy databaseProxy() {
        if (proxy == null) {
            try {
                proxy = new DatabaseProxy(database().port());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the database proxy", e);
            }
        }
        return proxy;
    }

    /** The bootstrap servers of the in-process Kafka cluster, started on first call. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            // the broker must never end the test JVM, whatever goes wrong while it shuts down
            org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) -> {
                throw new IllegalStateException("Kafka asked to exit with " + code + ": " + message);
            });
            org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) -> {
                throw new IllegalStateException("Kafka asked to halt with " + code + ": " + message);
            });
            try {
                TestKitNodes nodes = new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build();
                kafka = new KafkaClusterTestKit.Builder(nodes)
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .build();
                kafka.format();
                kafka.startup();
                kafka.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-process Kafka cluster", e);
            }
        }
        return kafka.bootstrapServers();
    }

    /**
     * Stops the cluster and the server, when the tests that use them are done. This is not left to JVM shutdown
     * hooks: they would run while the test runner exits, and a broker that takes its time there fails the run.
     */
    public static synchronized void stop() {
        if (proxy != null) {
            try {
                proxy.close();
            } catch (IOException e) {
                System.err.println("Stopping the database proxy: " + e.getMessage());
            }
            proxy = null;
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (Exception e) {
                System.err.println("Stopping the in-process Kafka cluster: " + e.getMessage());
            }
            kafka = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Stopping the embedded PostgreSQL server: " + e.getMessage());
            }
            database = null;
        }
    }

}
