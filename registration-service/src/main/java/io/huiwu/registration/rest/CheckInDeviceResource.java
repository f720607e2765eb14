package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DeviceRegistrationView;
import io.huiwu.registration.api.DeviceRequest;
import io.huiwu.registration.api.DeviceRevokeRequest;
import io.huiwu.registration.api.DeviceSyncView;
import io.huiwu.registration.api.DeviceView;
import io.huiwu.registration.service.CheckInDeviceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/checkin/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in devices", description = "Registered check-in devices, their lists, and what they download to"
        + " decide at the door without the server")
public class CheckInDeviceResource {

    private final CheckInDeviceService devices;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public CheckInDeviceResource(CheckInDeviceService devices, IdempotentRequests idempotency, Caller caller) {
        this.devices = devices;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Register a check-in device", description = "The answer carries the device's token, shown"
            + " this once; the device sends it in X-Device-Token. A request replayed by its Idempotency-Key answers"
            + " the device without its token (only a hash of it is kept): if the first answer was lost, revoke the"
            + " device and register it again")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeviceRegistrationView.class)))
    public Response registerDevice(@PathParam("meetingId") UUID meetingId, @Valid @NotNull DeviceRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        String actor = caller.name();
        DeviceRegistrationView[] registered = new DeviceRegistrationView[1];
        Response response = idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId
                + "/checkin/devices", request, () -> {
                    registered[0] = devices.register(meetingId, request, actor);
                    // the token is shown once: the answer kept for replays does not hold it
                    return Response.created(uri.getAbsolutePathBuilder().path(registered[0].device().id().toString())
                            .build()).header(HttpHeaders.ETAG, Versions.etag(registered[0].device().version()))
                            .entity(new DeviceRegistrationView(registered[0].device(), null)).build();
                });
        return registered[0] == null ? response : Response.fromResponse(response).entity(registered[0]).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "The meeting's check-in devices, revoked ones too")
    public PageResult<DeviceView> listDevices(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(devices.list(meetingId), paging);
    }

    @GET
    @Path("/{deviceId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Read a check-in device")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeviceView.class)))
    public Response getDevice(@PathParam("meetingId") UUID meetingId, @PathParam("deviceId") UUID deviceId) {
        DeviceView device = devices.get(meetingId, deviceId);
        return Response.ok(device).header(HttpHeaders.ETAG, Versions.etag(device.version())).build();
    }

    @PUT
    @Path("/{deviceId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Rename a device or change its lists", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeviceView.class)))
    public Response updateDevice(@PathParam("meetingId") UUID meetingId, @PathParam("deviceId") UUID deviceId,
            @Valid @NotNull DeviceRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DeviceView device = devices.update(meetingId, deviceId, Versions.required(ifMatch), request);
        return Response.ok(device).header(HttpHeaders.ETAG, Versions.etag(device.version())).build();
    }

    @POST
    @Path("/{deviceId}/revoke")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Revoke a device (lost, stolen, retired)", description = "It is refused at once, on every"
            + " replica; its scans stay on record")
    public DeviceView revokeDevice(@PathParam("meetingId") UUID meetingId, @PathParam("deviceId") UUID deviceId,
            @Valid @NotNull DeviceRevokeRequest request) {
        return devices.revoke(meetingId, deviceId, request.reason(), caller.name());
    }

    @GET
    @Path("/sync")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "The download a registered device decides offline with",
            description = "Without `since`: everything (its lists' rules, credential types, the meeting's public key,"
                    + " every credential with its holder and status). With the cursor of the last download: only the"
                    + " credentials changed since (revocations and withdrawals included). Only from a registered"
                    + " device (X-Device-Token)")
    public DeviceSyncView syncDevice(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The cursor of the last download") @QueryParam("since") @Size(max = 20)
            String since,
            @Parameter(description = CheckInResource.DEVICE_TOKEN) @HeaderParam(CheckInDeviceService.HEADER)
            String deviceToken) {
        return devices.sync(meetingId, deviceToken, since);
    }
}
