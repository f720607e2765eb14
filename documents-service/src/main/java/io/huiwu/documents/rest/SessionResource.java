package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.SessionView;
import io.huiwu.documents.service.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "venue's schedule, as documents keeps it for host scripts and minutes")
public class SessionResource {

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's sessions by start (cancelled ones kept, marked cancelled)")
    public PageResult<SessionView> listSessions(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(sessions.list(meetingId), paging);
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A session as venue last published it")
    public SessionView getSession(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        return sessions.get(meetingId, sessionId);
    }
}
