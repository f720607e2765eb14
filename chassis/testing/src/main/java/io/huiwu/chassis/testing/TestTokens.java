package io.huiwu.chassis.testing;

import io.huiwu.localstack.LocalTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens the services under test accept, signed by the test issuer's key. A staff token carries no role of
 * its own: its subject holds roles in meetings through grants ({@link TestGrants}, or registration's staff API).
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** The subject of {@link #role(String)}'s token: {@code test-<role>}. */
    public static String subjectOf(String role) {
        return "test-" + role;
    }

    /** A token of the member of staff the tests grant {@code role} in their meetings ({@code test-<role>}). */
    public static String role(String role) {
        return person(subjectOf(role));
    }

    /** A token of a named member of staff: for rules about who did what. */
    public static String person(String subject) {
        return TestInfrastructure.tokens().staff(subject, Duration.ofHours(1));
    }

    /** A token with the platform role administrator, which creates meetings. */
    public static String administrator() {
        return TestInfrastructure.tokens().staff("test-administrator", Duration.ofHours(1), "administrator");
    }

    /** A token of one attendee of one meeting. */
    public static String attendee(String meetingId, String attendeeId) {
        return attendee(UUID.fromString(meetingId), UUID.fromString(attendeeId));
    }

    public static String attendee(UUID meetingId, UUID attendeeId) {
        return TestInfrastructure.tokens().attendee(meetingId, attendeeId, Duration.ofHours(1));
    }

    /** A token that has expired. */
    public static String expired(String role) {
        return TestInfrastructure.tokens().sign(Map.of("sub", subjectOf(role)), Duration.ofHours(-2));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String foreign(String role) {
        return LocalTokens.generate().staff(subjectOf(role), Duration.ofHours(1));
    }

    /** A token signed by the trusted key but issued for another audience. */
    public static String otherAudience(String role) {
        return TestInfrastructure.tokens().sign(Map.of("sub", subjectOf(role), "aud", List.of("another-api")),
                Duration.ofHours(1));
    }

    /** A token signed by the trusted key but naming another issuer. */
    public static String otherIssuer(String role) {
        return TestInfrastructure.tokens().sign(Map.of("sub", subjectOf(role), "iss", "https://elsewhere.example"),
                Duration.ofHours(1));
    }
}
