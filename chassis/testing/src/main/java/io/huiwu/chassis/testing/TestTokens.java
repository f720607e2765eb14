package io.huiwu.chassis.testing;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Bearer tokens the services under test accept, signed by the test issuer's key. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token of a member of staff with one role. */
    public static String role(String role) {
        return TestInfrastructure.tokens().staff("test-" + role, Duration.ofHours(1), role);
    }

    /** A token of a named member of staff with one role: for rules about who did what. */
    public static String person(String subject, String role) {
        return TestInfrastructure.tokens().staff(subject, Duration.ofHours(1), role);
    }

    public static String attendee(UUID attendeeId) {
        return TestInfrastructure.tokens().attendee(attendeeId, Duration.ofHours(1));
    }

    /** A token that has expired. */
    public static String expired(String role) {
        return TestInfrastructure.tokens().sign(Map.of("sub", "test-" + role, "groups", java.util.List.of(role)),
                Duration.ofHours(-2));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String foreign(String role) {
        return io.huiwu.localstack.LocalTokens.generate().staff("intruder", Duration.ofHours(1), role);
    }
}
