package io.huiwu.chassis.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers bearer tokens that were fully verified, until they expire. A check-in device sends the same token with
 * every scan for hours; checking its RSA signature and parsing its claims every time was a quarter of the CPU of a
 * check-in. A token is taken from here only if the OIDC provider verified exactly that token before and its
 * {@code exp} has not passed; the identity is rebuilt without anything tied to the first request.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Remembered(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Remembered> tokens = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier clock;

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "huiwu.security.verified-token-cache-size", defaultValue = "10000")
            int capacity) {
        this(capacity, System::currentTimeMillis);
    }

    /** With a clock of its own, for tests that let a token expire without waiting. */
    VerifiedTokens(int capacity, LongSupplier clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    Optional<SecurityIdentity> lookup(String token) {
        Remembered remembered = tokens.get(token);
        if (remembered == null) {
            return Optional.empty();
        }
        if (remembered.expiresAtMillis() <= clock.getAsLong()) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(remembered.identity());
    }

    void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getRawToken() == null || tokens.containsKey(token.getRawToken())) {
            return;
        }
        long expires = token.getExpirationTime() * 1000L;
        if (expires <= clock.getAsLong()) {
            return;
        }
        if (tokens.size() >= capacity) {
            evictExpired();
        }
        if (tokens.size() < capacity) {
            tokens.put(token.getRawToken(), new Remembered(detached(identity), expires));
        }
    }

    /** The identity without request-bound attributes (the first request's routing context and the like). */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof io.vertx.ext.web.RoutingContext) && !name.toLowerCase().contains("routing")) {
                builder.addAttribute(name, value);
            }
        });
        return builder.build();
    }

    private void evictExpired() {
        long now = clock.getAsLong();
        for (Iterator<Remembered> it = tokens.values().iterator(); it.hasNext(); ) {
            if (it.next().expiresAtMillis() <= now) {
                it.remove();
            }
        }
    }

    /** Asked before the OIDC provider; answers only for tokens it remembers. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {
        private final VerifiedTokens tokens;

        public Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            // ahead of the OIDC provider (SYSTEM_FIRST + 1)
            return SYSTEM_FIRST + 100;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return Uni.createFrom().item(tokens.lookup(request.getToken().getToken()).orElse(null));
        }
    }

    /**
     * Remembers each identity the OIDC provider accepted, as the token gave it: it runs before any other augmentor
     * (the roles a caller holds in a meeting are added per request, after it).
     */
    @ApplicationScoped
    public static class Recorder implements SecurityIdentityAugmentor {
        private final VerifiedTokens tokens;

        public Recorder(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return 1000;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
