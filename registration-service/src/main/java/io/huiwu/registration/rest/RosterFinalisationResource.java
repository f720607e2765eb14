package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.RosterChangesView;
import io.huiwu.registration.api.RosterFinalisationRequest;
import io.huiwu.registration.api.RosterFinalisationView;
import io.huiwu.registration.service.RosterFinalisationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class RosterFinalisationResource {

    private final RosterFinalisationService finalisations;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public RosterFinalisationResource(RosterFinalisationService finalisations, IdempotentRequests idempotency,
            Caller caller) {
        this.finalisations = finalisations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/finalisations")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Finalise the roster (定稿)",
            description = "Freezes every active entry as it is into the next numbered version (1, 2, 3...) and"
                    + " publishes roster-finalised. Refused (409) while the current version of any active entry lacks"
                    + " the verifications the meeting requires (the problem says how many and names the first few),"
                    + " when the roster has no active entry, and when nothing changed since the latest version. The"
                    + " body (a note) is optional.")
    @APIResponse(responseCode = "201", description = "Finalised", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterFinalisationView.class)))
    @APIResponse(responseCode = "409", description = "Entries are not verified yet, or there is nothing to finalise")
    public Response finaliseRoster(@PathParam("meetingId") UUID meetingId, @Valid RosterFinalisationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/roster/finalisations",
                request, () -> {
                    RosterFinalisationView finalised = finalisations.finalise(meetingId,
                            request == null ? null : request.note(), caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(finalised.version()))
                            .build()).entity(finalised).build();
                });
    }

    @GET
    @Path("/finalisations")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The finalised versions of the roster, the first first",
            description = "Each with its counts by category and delegation; the latest says whether the roster"
                    + " changed since (changedSinceFinalised)")
    public PageResult<RosterFinalisationView> listRosterFinalisations(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(finalisations.list(meetingId), paging);
    }

    @GET
    @Path("/finalisations/{version}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "One finalised version of the roster, with its counts")
    public RosterFinalisationView getRosterFinalisation(@PathParam("meetingId") UUID meetingId,
            @PathParam("version") @Min(1) int version) {
        return finalisations.get(meetingId, version);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "What changed in the roster since a finalised version",
            description = "Entries added, withdrawn, and changed (each changed field before and after) since version"
                    + " since (default: the latest); 404 when the roster was never finalised")
    public RosterChangesView getRosterChanges(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "A finalised version; the latest when absent")
            @QueryParam("since") @Min(1) Integer since) {
        return finalisations.changes(meetingId, since);
    }
}
