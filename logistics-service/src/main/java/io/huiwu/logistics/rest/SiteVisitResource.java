package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.AppliedBusPlanView;
import io.huiwu.logistics.api.BusPlanRequest;
import io.huiwu.logistics.api.BusPlanView;
import io.huiwu.logistics.api.SiteVisitView;
import io.huiwu.logistics.service.BusLists;
import io.huiwu.logistics.service.SiteVisitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/site-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class SiteVisitResource {

    private final SiteVisitService visits;
    private final Caller caller;

    public SiteVisitResource(SiteVisitService visits, Caller caller) {
        this.visits = visits;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's site visits (现场参观) as venue scheduled them, by time, with their buses")
    public PageResult<SiteVisitView> listSiteVisits(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(visits.list(meetingId), paging);
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a site visit")
    public SiteVisitView getSiteVisit(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return visits.get(meetingId, sessionId);
    }

    @GET
    @Path("/{sessionId}/buses")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The buses of a site visit in force, by number, each with its marshal and riders by seat")
    public PageResult<BusPlanView.Bus> listSiteVisitBuses(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(visits.buses(meetingId, sessionId), paging);
    }

    @POST
    @Path("/{sessionId}/bus-plan/preview")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan a site visit's buses by discussion group, changing nothing",
            description = "Each group whole on the first bus with room, else split over consecutive buses with its"
                    + " conveners in the first; people in no group after the groups; a marshal per bus from the"
                    + " staff serving its groups, else the meeting's other staff. Every placement explained.")
    public BusPlanView previewBusPlan(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @Nullable BusPlanRequest request) {
        return visits.preview(meetingId, sessionId, request);
    }

    @POST
    @Path("/{sessionId}/bus-plan/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Plan a site visit's buses as the preview does and put the plan in force",
            description = "Replaces the plan before; site-visit-transport-assigned for each person whose bus, seat,"
                    + " group or marshal is new or changed. A cancelled visit is 409.")
    public AppliedBusPlanView applyBusPlan(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @Valid @Nullable BusPlanRequest request) {
        return visits.apply(meetingId, sessionId, request, caller.name());
    }

    @GET
    @Path("/{sessionId}/bus-list.xlsx")
    @Produces(PickupResource.XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The bus list (乘车表) as a workbook: a line per rider with bus, plate, driver, marshal,"
            + " seat, group and delegation")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PickupResource.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportBusList(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        return Response.ok(BusLists.workbook(visits.get(meetingId, sessionId), visits.buses(meetingId, sessionId)),
                PickupResource.XLSX).header("Content-Disposition", "attachment; filename=\"bus-list.xlsx\"").build();
    }

    @GET
    @Path("/{sessionId}/bus-list.pdf")
    @Produces(PickupResource.PDF)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The bus list (乘车表), PDF (A4, a block per bus, font embedded)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PickupResource.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printBusList(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        return Response.ok(BusLists.pdf(visits.get(meetingId, sessionId), visits.buses(meetingId, sessionId)),
                PickupResource.PDF).header("Content-Disposition", "inline; filename=\"bus-list.pdf\"").build();
    }
}
