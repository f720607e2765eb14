package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BuildingRequest;
import io.huiwu.logistics.api.BuildingView;
import io.huiwu.logistics.api.FloorRequest;
import io.huiwu.logistics.api.FloorView;
import io.huiwu.logistics.api.HotelRequest;
import io.huiwu.logistics.api.HotelView;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

@Path("/api/v1/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging", description = "Hotels, buildings, floors and rooms (生活保障: lodging)")
public class LodgingInventoryResource {

    private final InventoryService inventory;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public LodgingInventoryResource(InventoryService inventory, IdempotentRequests idempotency, Caller caller) {
        this.inventory = inventory;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    // hotels

    @GET
    @Path("/hotels")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's hotels by name, each with how many buildings, rooms and beds it has")
    public PageResult<HotelView> listHotels(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listHotels(meetingId), paging);
    }

    @POST
    @Path("/hotels")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a hotel", description = "Its name is unique in the meeting.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelView.class)))
    public Response createHotel(@PathParam("meetingId") UUID meetingId, @Valid @NotNull HotelRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return created(meetingId, "hotels", idempotencyKey, request, uri,
                () -> inventory.createHotel(meetingId, request, caller.name()), HotelView::id, HotelView::version);
    }

    @GET
    @Path("/hotels/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a hotel")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelView.class)))
    public Response getHotel(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        HotelView hotel = inventory.getHotel(meetingId, hotelId);
        return Response.ok(hotel).header(HttpHeaders.ETAG, Versions.etag(hotel.version())).build();
    }

    @PUT
    @Path("/hotels/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a hotel's name, address or telephone", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelView.class)))
    public Response updateHotel(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @Valid @NotNull HotelRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        HotelView hotel = inventory.updateHotel(meetingId, hotelId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(hotel).header(HttpHeaders.ETAG, Versions.etag(hotel.version())).build();
    }

    @DELETE
    @Path("/hotels/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a hotel that has no buildings left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteHotel(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        inventory.deleteHotel(meetingId, hotelId);
    }

    // buildings

    @GET
    @Path("/hotels/{hotelId}/buildings")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A hotel's buildings by name")
    public PageResult<BuildingView> listBuildings(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listBuildings(meetingId, hotelId), paging);
    }

    @POST
    @Path("/hotels/{hotelId}/buildings")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a building to a hotel", description = "Its name is unique in the hotel.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BuildingView.class)))
    public Response createBuilding(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @Valid @NotNull BuildingRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return created(meetingId, "buildings", idempotencyKey, request, uri,
                () -> inventory.createBuilding(meetingId, hotelId, request), BuildingView::id, BuildingView::version);
    }

    @PUT
    @Path("/buildings/{buildingId}")
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
    @Path("/buildings/{buildingId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a building that has no floors left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteBuilding(@PathParam("meetingId") UUID meetingId, @PathParam("buildingId") UUID buildingId) {
        inventory.deleteBuilding(meetingId, buildingId);
    }

    // floors

    @GET
    @Path("/buildings/{buildingId}/floors")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A building's floors, lowest first")
    public PageResult<FloorView> listFloors(@PathParam("meetingId") UUID meetingId,
            @PathParam("buildingId") UUID buildingId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listFloors(meetingId, buildingId), paging);
    }

    @POST
    @Path("/buildings/{buildingId}/floors")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a floor to a building", description = "Its level is unique in the building.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FloorView.class)))
    public Response createFloor(@PathParam("meetingId") UUID meetingId, @PathParam("buildingId") UUID buildingId,
            @Valid @NotNull FloorRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return created(meetingId, "floors", idempotencyKey, request, uri,
                () -> inventory.createFloor(meetingId, buildingId, request), FloorView::id, FloorView::version);
    }

    @PUT
    @Path("/floors/{floorId}")
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
    @Path("/floors/{floorId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a floor that has no rooms left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteFloor(@PathParam("meetingId") UUID meetingId, @PathParam("floorId") UUID floorId) {
        inventory.deleteFloor(meetingId, floorId);
    }

    // rooms

    @GET
    @Path("/rooms")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Rooms by hotel, building, floor and number", description = "Each filter may be left out.")
    public PageResult<RoomView> listRooms(@PathParam("meetingId") UUID meetingId,
            @QueryParam("hotelId") UUID hotelId, @QueryParam("buildingId") UUID buildingId,
            @QueryParam("floorId") UUID floorId, @QueryParam("type") RoomType type,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listRooms(meetingId, new InventoryService.RoomQuery(hotelId, buildingId,
                floorId, type)), paging);
    }

    @POST
    @Path("/floors/{floorId}/rooms")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a room to a floor", description = "Its number is unique in the hotel.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomView.class)))
    public Response createRoom(@PathParam("meetingId") UUID meetingId, @PathParam("floorId") UUID floorId,
            @Valid @NotNull RoomRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return created(meetingId, "rooms", idempotencyKey, request, uri,
                () -> inventory.createRoom(meetingId, floorId, request), RoomView::id, RoomView::version);
    }

    @GET
    @Path("/rooms/{roomId}")
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
    @Path("/rooms/{roomId}")
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
    @Path("/rooms/{roomId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a room")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteRoom(@PathParam("meetingId") UUID meetingId, @PathParam("roomId") UUID roomId) {
        inventory.deleteRoom(meetingId, roomId);
    }

    /** A creation, replayed for the same Idempotency-Key; Location is the new record under its collection. */
    private <T> Response created(UUID meetingId, String collection, String idempotencyKey, Object request,
            UriInfo uri, Supplier<T> action, Function<T, UUID> id, ToLongFunction<T> version) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            T view = action.get();
            return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings").path(meetingId.toString())
                    .path(collection).path(id.apply(view).toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(version.applyAsLong(view))).entity(view).build();
        });
    }
}
