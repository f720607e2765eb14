package io.huiwu.chassis.testing;

import io.huiwu.localstack.Database;
import io.huiwu.localstack.LocalTokens;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real infrastructure a test JVM shares: one embedded PostgreSQL server, one in-process Kafka cluster (a real
 * KRaft broker and controller, the Kafka project's own test kit) and one signing key. Started on first use, stopped
 * when the JVM exits.
 */
public final class TestInfrastructure {

    private static Database database;
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
                database = Database.embedded(dir.resolve("data"), freePort());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        database.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return database;
    }

    /** The bootstrap servers of the in-process Kafka cluster, started on first call. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
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
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kafka.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-process Kafka cluster", e);
            }
        }
        return kafka.bootstrapServers();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
