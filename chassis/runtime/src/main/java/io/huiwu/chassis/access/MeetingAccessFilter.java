package io.huiwu.chassis.access;

import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemResponses;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.UUID;

/**
 * The one place every request to the API passes before anything else reads it (the filter runs before the request
 * is matched to a resource, so before its body, media type or parameters are looked at):
 * <ol>
 *   <li>without a valid bearer token: 401;</li>
 *   <li>on a meeting's path, a caller who does not belong to the meeting (no grant in it, an attendee of another
 *       meeting): 404, as for a meeting that does not exist, so that its existence is not revealed;</li>
 *   <li>otherwise the resource's {@code @RolesAllowed} decides, with the caller's roles in that meeting
 *       ({@link MeetingScopedRoles}): 403 for the wrong role.</li>
 * </ol>
 */
public class MeetingAccessFilter {

    private static final Message MEETING = Message.of("Meeting", "会议");

    private final CurrentIdentityAssociation identities;

    public MeetingAccessFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireAccess(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!MeetingPaths.isApi(path)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (MeetingPaths.isUnderMeeting(path) && !belongs(identity, MeetingPaths.meetingOf(path))) {
                String meeting = path.substring("/api/v1/meetings/".length()).split("[/;?]", 2)[0];
                Language language = Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
                return ProblemResponses.of(ProblemException.notFound(MEETING, meeting).toProblem(language)
                        .withInstance(path));
            }
            return null;
        });
    }

    private static boolean belongs(SecurityIdentity identity, Optional<UUID> meeting) {
        return meeting.isPresent()
                && meeting.get().equals(identity.getAttribute(MeetingScopedRoles.MEETING))
                && Boolean.TRUE.equals(identity.getAttribute(MeetingScopedRoles.MEMBER));
    }
}
