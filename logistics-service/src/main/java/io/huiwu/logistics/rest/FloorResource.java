package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.FloorRequest;
import io.huiwu.logistics.api.FloorView;
import io.huiwu.logistics.api.RoomRequest;
import io.huiwu.logistics.api.RoomView;
import io.huiwu.logistics.service.InventoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/meetings/{meetingId}/floors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class FloorResource {

    private final InventoryService inventory;
    private final IdempotentRequests idempotency;

    public FloorResource(InventoryService inventory, IdempotentRequests idempotency) {
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @PUT
    @Path("/{floorId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a floor's level or name", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FloorView.class)))
    public Response updateFloor(@PathParam("meetingId") UUID meetingId, @PathParam("floorId") UUID floorId,
            @Valid @NotNull FloorRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FloorView floor = inventory.updateFloor(meetingId, floorId, Versions.required(ifMatch), request);
        return Response.ok(floor).header(HttpHeaders.ETAG, Versions.etag(floor.version())).build();
    }

    @DELETE
    @Path("/{floorId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a floor that has no rooms left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteFloor(@PathParam("meetingId") UUID meetingId, @PathParam("floorId") UUID floorId) {
        inventory.deleteFloor(meetingId, floorId);
    }

    @POST
    @Path("/{floorId}/rooms")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a room to a floor", description = "Its number is unique in the hotel.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomView.class)))
    public Response createRoom(@PathParam("meetingId") UUID meetingId, @PathParam("floorId") UUID floorId,
            @Valid @NotNull RoomRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "rooms", idempotencyKey, request, uri,
                () -> inventory.createRoom(meetingId, floorId, request), RoomView::id, RoomView::version);
    }
}
