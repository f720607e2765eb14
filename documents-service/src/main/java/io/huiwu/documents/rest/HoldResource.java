package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.HoldRequest;
import io.huiwu.documents.api.HoldView;
import io.huiwu.documents.service.DestructionService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/documents/{documentId}/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Holds", description = "Holds on documents (保全): while one is in place, no copy of the document is"
        + " destroyed")
public class HoldResource {

    private final DestructionService destruction;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public HoldResource(DestructionService destruction, IdempotentRequests idempotency, Caller caller) {
        this.destruction = destruction;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Place a hold on a document: none of its copies is destroyed until it is released")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldView.class)))
    public Response placeHold(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId,
            @Valid @NotNull HoldRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/documents/" + documentId
                + "/holds", request, () -> Response.status(Response.Status.CREATED)
                .entity(destruction.placeHold(meetingId, documentId, request.reason(), caller.name())).build());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A document's holds, in place and released, oldest first")
    public PageResult<HoldView> listHolds(@PathParam("meetingId") UUID meetingId,
            @PathParam("documentId") UUID documentId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(destruction.holds(meetingId, documentId), paging);
    }

    @POST
    @Path("/{holdId}/release")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Release a hold", description = "A hold released already is 409.")
    public HoldView releaseHold(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId,
            @PathParam("holdId") UUID holdId) {
        return destruction.releaseHold(meetingId, documentId, holdId, caller.name());
    }
}
