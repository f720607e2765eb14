package io.huiwu.systemtests;

import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside the local stack and the tests, a service will not start unless tokens are checked by a real issuer. */
class ProductionProfileIT {

    static List<ServiceSpec> services() {
        return ServiceSpec.ALL;
    }

    @ParameterizedTest
    @MethodSource("services")
    void refusesToStartWithoutAnOidcIssuer(ServiceSpec spec) throws Exception {
        Path root = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();
        Path log = Files.createTempFile("prod-profile", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", spec.jar(root).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // everything else a production start needs is there, so that the issuer is what is missing
        builder.environment().put("HUIWU_CREDENTIAL_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        Process process = builder.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(exited, spec.name() + " kept running without an issuer:\n" + output);
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("quarkus.oidc.auth-server-url"), "the refusal names the missing setting:\n"
                + output);
    }
}
