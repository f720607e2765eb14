package io.huiwu.chassis.access;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Gives a request's identity the roles its caller holds in the meeting the request is about, and no others, so
 * that {@code @RolesAllowed} on a resource means "this role in this meeting".
 *
 * <ul>
 *   <li>On a meeting's path ({@code /api/v1/meetings/{meetingId}/...}) a member of staff has the roles of their
 *       grants in that meeting ({@link AccessGrants}); an attendee token has {@code attendee} only in the meeting
 *       named by its {@code meeting_id} claim.</li>
 *   <li>Staff roles a token carries in its {@code groups} claim count nowhere: roles are held in meetings, not in
 *       the system. The platform role {@code administrator} counts everywhere.</li>
 * </ul>
 * Whether the caller belongs to the meeting at all is kept in the identity's {@link #MEMBER} attribute;
 * {@link MeetingAccessFilter} answers 404 to callers who do not, before anything else looks at the request.
 */
@ApplicationScoped
public class MeetingScopedRoles implements SecurityIdentityAugmentor {

    /** The meeting the roles were given for (a {@link UUID}), absent outside a meeting's paths. */
    public static final String MEETING = "huiwu.access.meeting";
    /** {@code Boolean.TRUE} when the caller belongs to that meeting: a grant, its attendee, or an administrator. */
    public static final String MEMBER = "huiwu.access.member";

    private final AccessGrants grants;

    public MeetingScopedRoles(AccessGrants grants) {
        this.grants = grants;
    }

    @Override
    public int priority() {
        // after VerifiedTokens.Recorder, which remembers the identity as the token gave it
        return 0;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        Optional<UUID> meeting = MeetingPaths.meetingOf(request == null ? null : request.normalizedPath());
        Set<String> roles = new HashSet<>();
        if (identity.hasRole(Roles.ADMINISTRATOR)) {
            roles.add(Roles.ADMINISTRATOR);
        }
        Optional<UUID> attendeeMeeting = attendeeMeeting(identity);
        if (meeting.isEmpty()) {
            attendeeMeeting.ifPresent(m -> roles.add(Roles.ATTENDEE));
            return Uni.createFrom().item(rebuild(identity, roles, null));
        }
        UUID meetingId = meeting.get();
        if (attendeeMeeting.isPresent()) {
            if (attendeeMeeting.get().equals(meetingId)) {
                roles.add(Roles.ATTENDEE);
            }
            return Uni.createFrom().item(rebuild(identity, roles, meetingId));
        }
        String subject = subject(identity);
        Optional<Set<String>> cached = grants.cachedRolesIn(meetingId, subject);
        if (cached.isPresent()) {
            roles.addAll(cached.get());
            return Uni.createFrom().item(rebuild(identity, roles, meetingId));
        }
        return context.runBlocking(() -> {
            roles.addAll(grants.rolesIn(meetingId, subject));
            return rebuild(identity, roles, meetingId);
        });
    }

    /** The subject grants are recorded for: the token's {@code sub}. */
    public static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The meeting of an attendee token: it has the attendee role and names its meeting and its attendee. */
    private static Optional<UUID> attendeeMeeting(SecurityIdentity identity) {
        if (!identity.hasRole(Roles.ATTENDEE) || Caller.uuidClaim(identity, Roles.ATTENDEE_ID_CLAIM).isEmpty()) {
            return Optional.empty();
        }
        return Caller.uuidClaim(identity, Roles.MEETING_ID_CLAIM);
    }

    private static SecurityIdentity rebuild(SecurityIdentity identity, Set<String> roles, UUID meetingId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .setAnonymous(false);
        if (meetingId != null) {
            builder.addAttribute(MEETING, meetingId);
            builder.addAttribute(MEMBER, !roles.isEmpty());
        }
        return builder.build();
    }
}
