package io.huiwu.registration.config;

import io.huiwu.registration.domain.CredentialPayload;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Base64;

/** {@code huiwu.credentials.*}: the key that signs credential QR codes. */
@ConfigMapping(prefix = "huiwu.credentials")
public interface CredentialConfig {

    /** Base64 of at least 32 random bytes; kept outside the database, so that a copy of it cannot forge codes. */
    String signingKey();

    /** Makes the signer from the configured key. */
    @ApplicationScoped
    class Signer {
        @Produces
        @ApplicationScoped
        CredentialPayload credentialPayload(CredentialConfig config) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(config.signingKey().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("huiwu.credentials.signing-key must be base64", e);
            }
            return new CredentialPayload(key);
        }
    }
}
