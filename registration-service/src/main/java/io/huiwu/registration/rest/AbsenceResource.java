package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AbsenceRequest;
import io.huiwu.registration.api.AbsenceView;
import io.huiwu.registration.persistence.AbsenceEntity;
import io.huiwu.registration.service.AbsenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leave", description = "The leave register (请假): who is away from which sessions or days, and why")
public class AbsenceResource {

    private final AbsenceService absences;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public AbsenceResource(AbsenceService absences, IdempotentRequests idempotency, Caller caller) {
        this.absences = absences;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Record a leave (请假) for a period or for sessions",
            description = "Publishes absence-reported. The reason in words stays here; its kind is published.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbsenceView.class)))
    public Response reportAbsence(@PathParam("meetingId") UUID meetingId, @Valid @NotNull AbsenceRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/absences", request,
                () -> {
                    AbsenceView absence = absences.report(meetingId, request, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(absence.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(absence.version())).entity(absence).build();
                });
    }

    @POST
    @Path("/{absenceId}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Withdraw a leave (the person comes after all); it stays on record",
            description = "Needs If-Match with the leave's version. Publishes absence-withdrawn.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbsenceView.class)))
    public Response withdrawAbsence(@PathParam("meetingId") UUID meetingId, @PathParam("absenceId") UUID absenceId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AbsenceView absence = absences.withdraw(meetingId, absenceId, Versions.required(ifMatch), caller.name());
        return Response.ok(absence).header(HttpHeaders.ETAG, Versions.etag(absence.version())).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE, Roles.LOGISTICS})
    @Operation(summary = "The leave register, newest first",
            description = "Of one person (attendeeId), in one state (status), or covering one session (sessionId)")
    public PageResult<AbsenceView> listAbsences(@PathParam("meetingId") UUID meetingId,
            @QueryParam("attendeeId") UUID attendeeId, @QueryParam("status") AbsenceEntity.Status status,
            @QueryParam("sessionId") UUID sessionId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(absences.list(meetingId, attendeeId, status, sessionId), paging);
    }

    @GET
    @Path("/{absenceId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE, Roles.LOGISTICS})
    @Operation(summary = "Read a leave")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbsenceView.class)))
    public Response getAbsence(@PathParam("meetingId") UUID meetingId, @PathParam("absenceId") UUID absenceId) {
        AbsenceView absence = absences.get(meetingId, absenceId);
        return Response.ok(absence).header(HttpHeaders.ETAG, Versions.etag(absence.version())).build();
    }
}
