package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BuildingRequest;
import io.huiwu.logistics.api.BuildingView;
import io.huiwu.logistics.api.FloorRequest;
import io.huiwu.logistics.api.FloorView;
import io.huiwu.logistics.service.InventoryService;
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

@Path("/api/v1/meetings/{meetingId}/buildings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class BuildingResource {

    private final InventoryService inventory;
    private final IdempotentRequests idempotency;

    public BuildingResource(InventoryService inventory, IdempotentRequests idempotency) {
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @PUT
    @Path("/{buildingId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Rename a building", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BuildingView.class)))
    public Response updateBuilding(@PathParam("meetingId") UUID meetingId, @PathParam("buildingId") UUID buildingId,
            @Valid @NotNull BuildingRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BuildingView building = inventory.updateBuilding(meetingId, buildingId, Versions.required(ifMatch), request);
        return Response.ok(building).header(HttpHeaders.ETAG, Versions.etag(building.version())).build();
    }

    @DELETE
    @Path("/{buildingId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a building that has no floors left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteBuilding(@PathParam("meetingId") UUID meetingId, @PathParam("buildingId") UUID buildingId) {
        inventory.deleteBuilding(meetingId, buildingId);
    }

    @GET
    @Path("/{buildingId}/floors")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A building's floors, lowest first")
    public PageResult<FloorView> listFloors(@PathParam("meetingId") UUID meetingId,
            @PathParam("buildingId") UUID buildingId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listFloors(meetingId, buildingId), paging);
    }

    @POST
    @Path("/{buildingId}/floors")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a floor to a building", description = "Its level is unique in the building.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FloorView.class)))
    public Response createFloor(@PathParam("meetingId") UUID meetingId, @PathParam("buildingId") UUID buildingId,
            @Valid @NotNull FloorRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "floors", idempotencyKey, request, uri,
                () -> inventory.createFloor(meetingId, buildingId, request), FloorView::id, FloorView::version);
    }
}
