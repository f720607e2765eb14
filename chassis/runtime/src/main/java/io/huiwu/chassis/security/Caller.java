package io.huiwu.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling: their name for the records, their subject, their roles in the meeting the request is about (see
 * {@code io.huiwu.chassis.access.MeetingScopedRoles}), and for an attendee, which attendee they are.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name written into histories and audit logs: the token's preferred username, or its subject. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The token's subject ({@code sub}): what grants are recorded for. */
    public String subject() {
        return io.huiwu.chassis.access.MeetingScopedRoles.subject(identity);
    }

    /** Whether the caller holds the role in the meeting of this request (or, for administrator, at all). */
    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isOrganizer() {
        return identity.hasRole(Roles.ORGANIZER);
    }

    /** True for a token that holds only the attendee role (an attendee, not a member of staff). */
    public boolean isAttendeeOnly() {
        if (!identity.hasRole(Roles.ATTENDEE)) {
            return false;
        }
        for (String staff : Roles.STAFF) {
            if (identity.hasRole(staff)) {
                return false;
            }
        }
        return true;
    }

    /** The attendee an attendee token belongs to. */
    public Optional<UUID> attendeeId() {
        return uuidClaim(identity, Roles.ATTENDEE_ID_CLAIM);
    }

    /** The one meeting an attendee token is valid for. */
    public Optional<UUID> attendeeMeetingId() {
        return attendeeId().isPresent() ? uuidClaim(identity, Roles.MEETING_ID_CLAIM) : Optional.empty();
    }

    /** A claim of the identity's token that holds a UUID, if it has one. */
    public static Optional<UUID> uuidClaim(SecurityIdentity identity, String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(name);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
