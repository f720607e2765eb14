package io.huiwu.registration.rest;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.registration.api.ReadinessView;
import io.huiwu.registration.service.MeetingService;
import io.huiwu.registration.service.ReadinessPdf;
import io.huiwu.registration.service.ReadinessService;
import io.huiwu.registration.service.ReadinessSheets;
import io.huiwu.registration.service.RecordNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/readiness")
@Tag(name = "Readiness", description = "会务检查: who still lacks a verified entry, a credential, a bed, a table, a"
        + " seat, a pickup, materials or a kit")
public class ReadinessResource {

    private static final String DELEGATION = "Only this delegation (as named on the roster)";

    private final ReadinessService readiness;
    private final MeetingService meetings;

    public ReadinessResource(ReadinessService readiness, MeetingService meetings) {
        this.readiness = readiness;
        this.meetings = meetings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.LOGISTICS, Roles.VENUE})
    @Operation(summary = "What is still missing, per check and per person",
            description = "Beds, tables, seats, pickups, materials and kits are as logistics, venue and documents"
                    + " reported them in their events. A pickup is looked for only for people who reported arriving by"
                    + " train or plane; a bed and a table for all but staff; a seat for attendees, non-voting"
                    + " attendees and guests; materials for attendees and non-voting attendees.")
    public ReadinessView getReadiness(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = DELEGATION) @QueryParam("delegation") @Size(max = 100) String delegation) {
        return readiness.report(meetingId, delegation);
    }

    @GET
    @Path("/export")
    @Produces(RosterFileResource.XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.LOGISTICS, Roles.VENUE})
    @Operation(summary = "The readiness check as an Excel workbook: a summary sheet and the people still lacking"
            + " something")
    public Response exportReadiness(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = DELEGATION) @QueryParam("delegation") @Size(max = 100) String delegation) {
        ReadinessView report = readiness.report(meetingId, delegation);
        String name = meetings.find(meetingId).orElseThrow(() -> ProblemException.notFound(RecordNames.MEETING,
                meetingId)).name();
        return Response.ok(ReadinessSheets.write(report, name), RosterFileResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"readiness.xlsx\"").build();
    }

    @GET
    @Path("/print")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.LOGISTICS, Roles.VENUE})
    @Operation(summary = "The readiness check as a one-page PDF summary",
            description = "The counts per check; for the meeting the delegations with most people lacking something,"
                    + " for a delegation its people lacking something, as many as fit the page (the workbook has"
                    + " them all)")
    public Response printReadiness(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = DELEGATION) @QueryParam("delegation") @Size(max = 100) String delegation) {
        ReadinessView report = readiness.report(meetingId, delegation);
        String name = meetings.find(meetingId).orElseThrow(() -> ProblemException.notFound(RecordNames.MEETING,
                meetingId)).name();
        return Response.ok(ReadinessPdf.write(report, name), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"readiness.pdf\"").build();
    }
}
