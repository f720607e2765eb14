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
        Flyway.configure(ChassisSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/chassis")
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
