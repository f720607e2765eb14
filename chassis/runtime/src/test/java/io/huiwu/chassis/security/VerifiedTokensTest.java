package io.huiwu.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    /** A verified token, as far as the cache looks at it: its raw text, its subject and when it expires. */
    private record Token(String raw, long expiresAtSeconds) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp", "raw_token");
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String name) {
            return (T) Map.<String, Object>of("sub", "someone", "exp", expiresAtSeconds, "raw_token", raw).get(name);
        }
    }

    private static SecurityIdentity identity(Token token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(token).addRole("administrator").build();
    }

    @Test
    void aRememberedTokenIsNeverUsedPastItsExpiry() {
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        Token token = new Token("a.b.c", now.get() / 1000 + 60);
        tokens.remember(identity(token));
        assertTrue(tokens.lookup("a.b.c").isPresent());
        assertEquals(Set.of("administrator"), tokens.lookup("a.b.c").orElseThrow().getRoles());

        now.addAndGet(59_999);
        assertTrue(tokens.lookup("a.b.c").isPresent(), "still valid a millisecond before it expires");
        now.addAndGet(1);
        assertTrue(tokens.lookup("a.b.c").isEmpty(), "not at the second it expires");
        now.addAndGet(-10_000);
        assertTrue(tokens.lookup("a.b.c").isEmpty(), "and forgotten for good once seen expired");
    }

    @Test
    void anExpiredOrUnknownTokenIsNotRemembered() {
        AtomicLong now = new AtomicLong(2_000_000_000_000L);
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        tokens.remember(identity(new Token("old", now.get() / 1000 - 1)));
        assertTrue(tokens.lookup("old").isEmpty());
        assertTrue(tokens.lookup("never-seen").isEmpty());
    }

    @Test
    void whenFullOnlyExpiredTokensMakeRoom() {
        AtomicLong now = new AtomicLong(3_000_000_000_000L);
        VerifiedTokens tokens = new VerifiedTokens(2, now::get);
        tokens.remember(identity(new Token("first", now.get() / 1000 + 10)));
        tokens.remember(identity(new Token("second", now.get() / 1000 + 100)));
        tokens.remember(identity(new Token("third", now.get() / 1000 + 100)));
        assertTrue(tokens.lookup("third").isEmpty(), "no room while both are valid");
        now.addAndGet(20_000);
        tokens.remember(identity(new Token("fourth", now.get() / 1000 + 100)));
        assertTrue(tokens.lookup("fourth").isPresent());
        assertTrue(tokens.lookup("second").isPresent());
    }
}
