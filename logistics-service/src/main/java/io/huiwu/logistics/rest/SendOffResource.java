package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.AppliedSendOffPlanView;
import io.huiwu.logistics.api.SendOffPlanRequest;
import io.huiwu.logistics.api.SendOffPlanView;
import io.huiwu.logistics.api.SendOffView;
import io.huiwu.logistics.service.SendOffService;
import io.huiwu.logistics.service.SendOffSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/send-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class SendOffResource {

    private final SendOffService sendOffs;

    public SendOffResource(SendOffService sendOffs) {
        this.sendOffs = sendOffs;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The send-offs in force by leaving time, each with its vehicle, driver and riders")
    public PageResult<SendOffView> listSendOffs(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(sendOffs.list(meetingId), paging);
    }

    @GET
    @Path("/{sendOffId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a send-off")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SendOffView.class)))
    public Response getSendOff(@PathParam("meetingId") UUID meetingId, @PathParam("sendOffId") UUID sendOffId) {
        SendOffView sendOff = sendOffs.get(meetingId, sendOffId);
        return Response.ok(sendOff).header(HttpHeaders.ETAG, Versions.etag(sendOff.version())).build();
    }

    @POST
    @Path("/plan/preview")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan send-offs (送站) from the departures, changing nothing",
            description = "Groups by station or airport, window and hotel; the vehicles leave the lead time before"
                    + " a group's first departure; vehicles within their seats (riders and companions); VIP cars"
                    + " seated by protocol. A person's trip is their open ticket's, else the reported departure.")
    public SendOffPlanView previewSendOffPlan(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable SendOffPlanRequest request) {
        return sendOffs.preview(meetingId, request);
    }

    @POST
    @Path("/plan/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan send-offs as the preview does and put the plan in force",
            description = "Replaces the meeting's send-offs; departure-scheduled for each person whose trip,"
                    + " vehicle, seat or leaving time is new or changed.")
    public AppliedSendOffPlanView applySendOffPlan(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable SendOffPlanRequest request) {
        return sendOffs.apply(meetingId, request);
    }

    @GET
    @Path("/sheet.xlsx")
    @Produces(PickupResource.XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The send-off table (送站表) as a workbook: leaving time, train or flight, who, vehicle,"
            + " driver, staff in charge, clearance; people with copies still due shaded")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PickupResource.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSendOffSheet(@PathParam("meetingId") UUID meetingId) {
        return Response.ok(SendOffSheets.workbook(sendOffs.list(meetingId)), PickupResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"send-offs.xlsx\"").build();
    }

    @GET
    @Path("/sheet.pdf")
    @Produces(PickupResource.PDF)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The send-off table (送站表), PDF (A4 landscape, font embedded); people with copies still"
            + " due shaded")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PickupResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printSendOffSheet(@PathParam("meetingId") UUID meetingId) {
        return Response.ok(SendOffSheets.pdf(sendOffs.list(meetingId)), PickupResource.PDF)
                .header("Content-Disposition", "inline; filename=\"send-offs.pdf\"").build();
    }
}
