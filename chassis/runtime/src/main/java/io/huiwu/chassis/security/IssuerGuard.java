package io.huiwu.chassis.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Refuses to start a service in the production profile unless tokens are checked against a real OIDC issuer. The
 * locally generated signing key that the local stack and the tests use ({@code quarkus.oidc.public-key}) is
 * accepted only in the {@code local} and {@code test} profiles.
 */
@ApplicationScoped
public class IssuerGuard {

    private final Config config;

    public IssuerGuard(Config config) {
        this.config = config;
    }

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL || ConfigUtils.getProfiles().contains("local")) {
            return;
        }
        Optional<String> issuer = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(value -> !value.isBlank());
        Optional<String> localKey = config.getOptionalValue("quarkus.oidc.public-key", String.class)
                .filter(value -> !value.isBlank());
        if (issuer.isEmpty() || localKey.isPresent()) {
            throw new IllegalStateException("The production profile needs a real OIDC issuer: set"
                    + " QUARKUS_OIDC_AUTH_SERVER_URL (e.g. https://sso.example.gov.cn/realms/huiwu) and do not set"
                    + " quarkus.oidc.public-key, which only the local stack and tests may use");
        }
    }
}
