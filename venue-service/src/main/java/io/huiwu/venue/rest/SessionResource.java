package io.huiwu.venue.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SessionRequest;
import io.huiwu.venue.api.SessionView;
import io.huiwu.venue.domain.SessionKind;
import io.huiwu.venue.service.ScheduleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "The schedule (日程): sessions in their halls and rooms, who takes part, and their"
        + " agendas")
public class SessionResource {

    private final ScheduleService schedule;
    private final IdempotentRequests idempotency;

    public SessionResource(ScheduleService schedule, IdempotentRequests idempotency) {
        this.schedule = schedule;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Schedule a session", description = "Refused with 409 when its place is booked at an"
            + " overlapping time (the other session named) or when it lies outside the meeting's days. Publishes"
            + " session-scheduled.")
    @APIResponse(responseCode = "201", description = "Scheduled", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionView.class)))
    public Response scheduleSession(@PathParam("meetingId") UUID meetingId, @Valid @NotNull SessionRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/sessions", request,
                () -> {
                    SessionView created = schedule.schedule(meetingId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "The meeting's schedule in time order")
    public PageResult<SessionView> listSessions(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Only sessions of this kind", schema = @Schema(implementation = SessionKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Include cancelled sessions") @QueryParam("cancelled") String cancelled,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(schedule.list(meetingId, kind(kind), yes("cancelled", cancelled)), paging);
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "Read a session with its agenda in force")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionView.class)))
    public Response getSession(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        SessionView session = schedule.get(meetingId, sessionId);
        return Response.ok(session).header(HttpHeaders.ETAG, Versions.etag(session.version())).build();
    }

    @PUT
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Change a session", description = "Needs If-Match. The same checks as scheduling it;"
            + " publishes session-changed, and agenda-changed when the agenda differs from the one in force.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionView.class)))
    public Response changeSession(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SessionView session = schedule.change(meetingId, sessionId, Versions.required(ifMatch), request);
        return Response.ok(session).header(HttpHeaders.ETAG, Versions.etag(session.version())).build();
    }

    @DELETE
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Cancel a session", description = "Needs If-Match. The session stays in the schedule,"
            + " marked cancelled, and its place is free again. Publishes session-cancelled.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancelSession(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schedule.cancel(meetingId, sessionId, Versions.required(ifMatch));
        return Response.noContent().build();
    }

    private static SessionKind kind(String kind) {
        if (kind == null || kind.isEmpty()) {
            return null;
        }
        try {
            return SessionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", Message.of("must be one of {0}", "须为 {0} 之一",
                    Arrays.toString(SessionKind.values())));
        }
    }

    private static boolean yes(String field, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField(field, Message.of("must be true or false", "须为 true 或 false"));
    }
}
