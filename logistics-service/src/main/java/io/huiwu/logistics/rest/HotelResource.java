package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.BuildingRequest;
import io.huiwu.logistics.api.BuildingView;
import io.huiwu.logistics.api.HotelRequest;
import io.huiwu.logistics.api.HotelView;
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

@Path("/api/v1/meetings/{meetingId}/hotels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging", description = "Hotels, buildings, floors and rooms, and who sleeps where (生活保障: lodging)")
public class HotelResource {

    private final InventoryService inventory;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public HotelResource(InventoryService inventory, IdempotentRequests idempotency, Caller caller) {
        this.inventory = inventory;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's hotels by name, each with how many buildings, rooms and beds it has")
    public PageResult<HotelView> listHotels(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listHotels(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a hotel", description = "Its name is unique in the meeting.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelView.class)))
    public Response createHotel(@PathParam("meetingId") UUID meetingId, @Valid @NotNull HotelRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "hotels", idempotencyKey, request, uri,
                () -> inventory.createHotel(meetingId, request, caller.name()), HotelView::id, HotelView::version);
    }

    @GET
    @Path("/{hotelId}")
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
    @Path("/{hotelId}")
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
    @Path("/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a hotel that has no buildings left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteHotel(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        inventory.deleteHotel(meetingId, hotelId);
    }

    @GET
    @Path("/{hotelId}/buildings")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A hotel's buildings by name")
    public PageResult<BuildingView> listBuildings(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventory.listBuildings(meetingId, hotelId), paging);
    }

    @POST
    @Path("/{hotelId}/buildings")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a building to a hotel", description = "Its name is unique in the hotel.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BuildingView.class)))
    public Response createBuilding(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @Valid @NotNull BuildingRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "buildings", idempotencyKey, request, uri,
                () -> inventory.createBuilding(meetingId, hotelId, request), BuildingView::id, BuildingView::version);
    }
}
