package io.huiwu.documents.rest;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.documents.api.GuidePageView;
import io.huiwu.documents.api.GuideRequest;
import io.huiwu.documents.api.GuideView;
import io.huiwu.documents.service.GuideService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/guide")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendee guide", description = "会议须知: the notices and staff contacts the secretariat writes, the"
        + " general guide and each person's page, compiled from the schedule, groups, seats, rooms and tables")
public class GuideResource {

    private final GuideService guide;
    private final Caller caller;

    public GuideResource(GuideService guide, Caller caller) {
        this.guide = guide;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "The guide's notices and staff contacts", description = "Version 0, empty, until first"
            + " written. For the staff and the attendees: it is written for them.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuideView.class)))
    public Response getGuide(@PathParam("meetingId") UUID meetingId) {
        GuideView view = guide.content(meetingId);
        return Response.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Write the guide's notices and staff contacts",
            description = "Needs If-Match: the ETag read (\"0\" for the first version); another is 412. Replaces"
                    + " both lists.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GuideView.class)))
    public Response writeGuide(@PathParam("meetingId") UUID meetingId, @Valid @NotNull GuideRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        GuideView view = guide.write(meetingId, Versions.required(ifMatch), request, caller.name());
        return Response.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    @GET
    @Path("/attendees/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "A person's page of the guide (个人会议须知)",
            description = "Their seat for each session (the standing layout's when the session has none for them),"
                    + " room, roommates and the room's telephone, table at each meal, pickup, and the copies they"
                    + " must give back; compiled from what this service holds now. revision moves whenever a seat,"
                    + " the room or a table of theirs changes. An attendee reads only their own (404 otherwise).")
    public GuidePageView getGuidePage(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        requireOwnOrStaff(attendeeId);
        return guide.page(meetingId, attendeeId);
    }

    @GET
    @Path("/attendees/{attendeeId}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "A person's page of the guide, to print",
            description = "What the JSON page shows, on one A4 page, with its revision at the foot; the chassis's"
                    + " print font embedded. An attendee reads only their own (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getGuidePagePdf(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        requireOwnOrStaff(attendeeId);
        return Response.ok(guide.pagePdf(meetingId, attendeeId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"guide-" + attendeeId + ".pdf\"").build();
    }

    @GET
    @Path("/attendees.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The pages of a delegation's or a category's people, to print",
            description = "Exactly one of delegation and category (else 400 naming it); one page each, in the"
                    + " roster's order (rank, then surname strokes); at most 2,000 people.")
    @APIResponse(responseCode = "200", description = "The pages", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getGuidePagesPdf(@PathParam("meetingId") UUID meetingId,
            @QueryParam("delegation") @Size(min = 1, max = 100) String delegation,
            @QueryParam("category") @Size(min = 1, max = 50) String category) {
        return Response.ok(guide.batchPdf(meetingId, delegation, category), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"guide-pages.pdf\"").build();
    }

    private void requireOwnOrStaff(UUID attendeeId) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(GuideService.PERSON, attendeeId);
        }
    }
}
