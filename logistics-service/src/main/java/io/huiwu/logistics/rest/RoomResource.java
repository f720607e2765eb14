package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.RoomRequest;
import io.huiwu.logistics.api.RoomView;
import io.huiwu.logistics.domain.RoomType;
import io.huiwu.logistics.service.InventoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class RoomResource {

    private final InventoryService inventory;
    private final IdempotentRequests idempotency;

    public RoomResource(InventoryService inventory, IdempotentRequests idempotency) {
        this.inventory = inventory;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Rooms by hotel, building, floor and number", description = "Each filter may be left out.")
    public PageResult<RoomView> listRooms(@PathParam("meetingId") UUID meetingId,
            @QueryParam("hotelId") UUID hotelId, @QueryParam("buildingId") UUID buildingId,
            @QueryParam("floorId") UUID floorId, @QueryParam("type") RoomType type,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listRooms(meetingId, new InventoryService.RoomQuery(hotelId, buildingId,
                floorId, type)), paging);
    }

    @GET
    @Path("/{roomId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a room")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomView.class)))
    public Response getRoom(@PathParam("meetingId") UUID meetingId, @PathParam("roomId") UUID roomId) {
        RoomView room = inventory.getRoom(meetingId, roomId);
        return Response.ok(room).header(HttpHeaders.ETAG, Versions.etag(room.version())).build();
    }

    @PUT
    @Path("/{roomId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a room's number, type, beds or telephone", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomView.class)))
    public Response updateRoom(@PathParam("meetingId") UUID meetingId, @PathParam("roomId") UUID roomId,
            @Valid @NotNull RoomRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RoomView room = inventory.updateRoom(meetingId, roomId, Versions.required(ifMatch), request);
        return Response.ok(room).header(HttpHeaders.ETAG, Versions.etag(room.version())).build();
    }

    @DELETE
    @Path("/{roomId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a room")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteRoom(@PathParam("meetingId") UUID meetingId, @PathParam("roomId") UUID roomId) {
        inventory.deleteRoom(meetingId, roomId);
    }
}
