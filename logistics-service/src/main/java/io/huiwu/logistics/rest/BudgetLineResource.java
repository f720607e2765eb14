package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BudgetLineRequest;
import io.huiwu.logistics.api.BudgetLineView;
import io.huiwu.logistics.service.SupplyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/meetings/{meetingId}/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplies", description = "Supplies and their stock against the budget, kits handed out at the desk"
        + " (会议用品)")
public class BudgetLineResource {

    private final SupplyService supplies;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public BudgetLineResource(SupplyService supplies, IdempotentRequests idempotency, Caller caller) {
        this.supplies = supplies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The meeting's budget lines by code, each with what its items cost")
    public PageResult<BudgetLineView> listBudgetLines(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(supplies.listBudgetLines(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a budget line", description = "Its code is unique in the meeting.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetLineView.class)))
    public Response createBudgetLine(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull BudgetLineRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "budget-lines", idempotencyKey, request, uri,
                () -> supplies.createBudgetLine(meetingId, request, caller.name()), BudgetLineView::id,
                BudgetLineView::version);
    }

    @GET
    @Path("/{lineId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Read a budget line")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetLineView.class)))
    public Response getBudgetLine(@PathParam("meetingId") UUID meetingId, @PathParam("lineId") UUID lineId) {
        BudgetLineView line = supplies.getBudgetLine(meetingId, lineId);
        return Response.ok(line).header(HttpHeaders.ETAG, Versions.etag(line.version())).build();
    }

    @PUT
    @Path("/{lineId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a budget line", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetLineView.class)))
    public Response updateBudgetLine(@PathParam("meetingId") UUID meetingId, @PathParam("lineId") UUID lineId,
            @Valid @NotNull BudgetLineRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BudgetLineView line = supplies.updateBudgetLine(meetingId, lineId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(line).header(HttpHeaders.ETAG, Versions.etag(line.version())).build();
    }
}
