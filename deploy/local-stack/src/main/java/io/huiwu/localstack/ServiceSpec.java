package io.huiwu.localstack;

import java.nio.file.Path;
import java.util.List;

/** A service of the system: its module folder, default port and database. */
public record ServiceSpec(String name, int defaultPort, String database) {

    public static final ServiceSpec REGISTRATION = new ServiceSpec("registration-service", 8081, "registration");
    public static final ServiceSpec LOGISTICS = new ServiceSpec("logistics-service", 8082, "logistics");
    public static final ServiceSpec VENUE = new ServiceSpec("venue-service", 8083, "venue");
    public static final ServiceSpec DOCUMENTS = new ServiceSpec("documents-service", 8084, "documents");

    public static final List<ServiceSpec> ALL = List.of(REGISTRATION, LOGISTICS, VENUE, DOCUMENTS);

    /** The packaged application under the repository root. */
    public Path jar(Path root) {
        return root.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
