package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.AppliedPickupPlanView;
import io.huiwu.logistics.api.PickupPlanRequest;
import io.huiwu.logistics.api.PickupPlanView;
import io.huiwu.logistics.api.PickupView;
import io.huiwu.logistics.service.PickupService;
import io.huiwu.logistics.service.PickupSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/meetings/{meetingId}/pickups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class PickupResource {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PickupService pickups;
    private final Caller caller;

    public PickupResource(PickupService pickups, Caller caller) {
        this.pickups = pickups;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The pickups in force by time, each with its vehicle, driver and riders in seat order")
    public PageResult<PickupView> listPickups(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(pickups.list(meetingId), paging);
    }

    @GET
    @Path("/{pickupId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a pickup")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PickupView.class)))
    public Response getPickup(@PathParam("meetingId") UUID meetingId, @PathParam("pickupId") UUID pickupId) {
        PickupView pickup = pickups.get(meetingId, pickupId);
        return Response.ok(pickup).header(HttpHeaders.ETAG, Versions.etag(pickup.version())).build();
    }

    @POST
    @Path("/plan/preview")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan pickups from the reported arrivals, changing nothing",
            description = "Waves by station or airport, window and hotel; vehicles within their seats (riders and"
                    + " companions); VIP cars seated by protocol. Waves of the plan in force whose people and vehicles"
                    + " are unchanged are kept.")
    public PickupPlanView previewPickupPlan(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable PickupPlanRequest request) {
        return pickups.preview(meetingId, request);
    }

    @POST
    @Path("/plan/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan pickups as the preview does and put the plan in force",
            description = "Only the waves that changed are replaced (pickup-scheduled for each new pickup);"
                    + " completed pickups stay.")
    public AppliedPickupPlanView applyPickupPlan(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable PickupPlanRequest request) {
        return pickups.apply(meetingId, request);
    }

    @POST
    @Path("/{pickupId}/complete")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Mark a pickup completed (its riders met)", description = "Publishes pickup-completed; a"
            + " completed pickup is never planned again. Marking it again changes nothing.")
    public PickupView completePickup(@PathParam("meetingId") UUID meetingId, @PathParam("pickupId") UUID pickupId) {
        return pickups.complete(meetingId, pickupId, caller.name());
    }

    @PUT
    @Path("/{pickupId}/riders/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Put someone in a scheduled pickup by hand",
            description = "Out of any other scheduled pickup; 409 naming attendeeId for someone withdrawn, with no"
                    + " reported arrival or an arrival after their departure, naming pickupId for a completed pickup"
                    + " or too few seats. Kept while the wave is unchanged; pickup-scheduled again.")
    public PickupView boardPickup(@PathParam("meetingId") UUID meetingId, @PathParam("pickupId") UUID pickupId,
            @PathParam("attendeeId") UUID attendeeId) {
        return pickups.board(meetingId, pickupId, attendeeId);
    }

    @GET
    @Path("/sheet.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The pickup table (接站安排表) as a workbook: time, train or flight, who, vehicle, driver,"
            + " staff in charge")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPickupSheet(@PathParam("meetingId") UUID meetingId) {
        return Response.ok(PickupSheets.workbook(pickups.list(meetingId)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"pickups.xlsx\"").build();
    }

    @GET
    @Path("/sheet.pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The pickup table (接站安排表), PDF (A4 landscape, font embedded)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printPickupSheet(@PathParam("meetingId") UUID meetingId) {
        return Response.ok(PickupSheets.pdf(pickups.list(meetingId)), PDF)
                .header("Content-Disposition", "inline; filename=\"pickups.pdf\"").build();
    }
}
