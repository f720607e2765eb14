package io.huiwu.chassis.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

/**
 * Migrates the chassis tables (outbox, inbox, idempotency keys) at start-up. They have their own history table so
 * that the chassis and each service number their migrations independently: the service's own Flyway run never sees
 * these scripts and this one never sees the service's.
 */
@Startup
@Priority(1)
@ApplicationScoped
public class ChassisSchema {

    static final String HISTORY_TABLE = "chassis_schema_history";

    private final AgroalDataSource dataSource;

    public ChassisSchema(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void migrate() {
        migrate(dataSource, "db/chassis", HISTORY_TABLE);
    }

    /**
     * Migrates tables of the chassis kept apart from the service's: the scripts under {@code location} on the class
     * path, with their own history table.
     */
    public static void migrate(AgroalDataSource dataSource, String location, String historyTable) {
        Flyway.configure(ChassisSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable)
                .locations("classpath:" + location)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** Lets start-up code that needs the tables depend on this bean being initialised first. */
    public boolean ready() {
        return true;
    }
}
