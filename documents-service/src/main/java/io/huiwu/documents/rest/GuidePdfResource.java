package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.documents.service.GuideService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/guide.pdf")
@Tag(name = "Attendee guide")
public class GuidePdfResource {

    private final GuideService guide;

    public GuidePdfResource(GuideService guide) {
        this.guide = guide;
    }

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "The general guide (会议须知), to print",
            description = "The meeting's name, the notices, the schedule by day (cancelled sessions left out; times"
                    + " in the meeting's zone), the discussion groups with their conveners and the rooms their group"
                    + " sessions meet in, and the staff contacts by working group; page numbers at the foot. Compiled"
                    + " on each request from what this service holds now; A4, the chassis's print font embedded.")
    @APIResponse(responseCode = "200", description = "The guide", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getGuidePdf(@PathParam("meetingId") UUID meetingId) {
        return Response.ok(guide.generalPdf(meetingId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"guide.pdf\"").build();
    }
}
