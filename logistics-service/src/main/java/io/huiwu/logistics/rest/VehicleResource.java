package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.VehicleRequest;
import io.huiwu.logistics.api.VehicleView;
import io.huiwu.logistics.service.VehicleService;
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

@Path("/api/v1/meetings/{meetingId}/vehicles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transport", description = "Vehicles and drivers, arrivals and departures, pickups (接站) and return"
        + " trips (返程)")
public class VehicleResource {

    private final VehicleService vehicles;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public VehicleResource(VehicleService vehicles, IdempotentRequests idempotency, Caller caller) {
        this.vehicles = vehicles;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's vehicles by kind and plate")
    public PageResult<VehicleView> listVehicles(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(vehicles.list(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Register a vehicle", description = "Its plate is unique in the meeting; publishes"
            + " vehicle-registered (without the driver's phone), from which registration issues its pass.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VehicleView.class)))
    public Response createVehicle(@PathParam("meetingId") UUID meetingId, @Valid @NotNull VehicleRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "vehicles", idempotencyKey, request, uri,
                () -> vehicles.create(meetingId, request, caller.name()), VehicleView::id, VehicleView::version);
    }

    @GET
    @Path("/{vehicleId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a vehicle")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VehicleView.class)))
    public Response getVehicle(@PathParam("meetingId") UUID meetingId, @PathParam("vehicleId") UUID vehicleId) {
        VehicleView vehicle = vehicles.get(meetingId, vehicleId);
        return Response.ok(vehicle).header(HttpHeaders.ETAG, Versions.etag(vehicle.version())).build();
    }

    @PUT
    @Path("/{vehicleId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a vehicle or its driver", description = "Needs If-Match; publishes"
            + " vehicle-registered again.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VehicleView.class)))
    public Response updateVehicle(@PathParam("meetingId") UUID meetingId, @PathParam("vehicleId") UUID vehicleId,
            @Valid @NotNull VehicleRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VehicleView vehicle = vehicles.update(meetingId, vehicleId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(vehicle).header(HttpHeaders.ETAG, Versions.etag(vehicle.version())).build();
    }

    @DELETE
    @Path("/{vehicleId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a vehicle")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteVehicle(@PathParam("meetingId") UUID meetingId, @PathParam("vehicleId") UUID vehicleId) {
        vehicles.delete(meetingId, vehicleId);
    }
}
