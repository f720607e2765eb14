package io.huiwu.chassis.testing;

import io.huiwu.localstack.Database;
import io.huiwu.localstack.LocalTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under {@code @QuarkusTest} at real infrastructure: a database of its own on the embedded
 * PostgreSQL server, the in-process Kafka cluster, and a token issuer whose tokens {@link TestTokens} mints. Every
 * test class of a service names this one resource, so they all share one Quarkus boot.
 */
public class ServiceTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "service_under_test";
    /**
     * An argument ({@code @ResourceArg}) that connects the service straight to the database, without the relay tests
     * cut: for benchmarks, whose figures should not include two more threads copying every byte.
     */
    public static final String DIRECT_DATABASE = "direct-database";

    private boolean directDatabase;

    @Override
    public void init(Map<String, String> initArgs) {
        directDatabase = Boolean.parseBoolean(initArgs.getOrDefault(DIRECT_DATABASE, "false"));
    }

    @Override
    public Map<String, String> start() {
        Database database = TestInfrastructure.database();
        try {
            database.recreateDatabase(DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
        Map<String, String> config = new HashMap<>();
        if (directDatabase) {
            config.put("quarkus.datasource.jdbc.url", database.url(DATABASE));
        } else {
            // through a relay that tests can cut, to see the service through a database outage
            DatabaseProxy proxy = TestInfrastructure.databaseProxy();
            config.put("quarkus.datasource.jdbc.url", database.url(DATABASE)
                    .replace("localhost:" + database.port() + "/", "localhost:" + proxy.port() + "/"));
        }
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
        config.put("quarkus.oidc.public-key", TestInfrastructure.tokens().publicKey());
        config.put("quarkus.oidc.token.issuer", LocalTokens.ISSUER);
        // the admin web app's origin, as a deployment would allow it
        config.put("quarkus.http.cors.origins", "https://admin.huiwu.test");
        return config;
    }

    @Override
    public void stop() {
        // the test classes of a service share one boot: this is the end of them all
        TestInfrastructure.stop();
    }
}
