package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.MeetingCreation;
import io.huiwu.registration.api.MeetingRequest;
import io.huiwu.registration.api.MeetingView;
import io.huiwu.registration.api.PhaseRequest;
import io.huiwu.registration.service.MeetingService;
import io.huiwu.registration.service.RecordNames;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings: created by administrators, run by the organizers they name")
public class MeetingResource {

    private final MeetingService meetings;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public MeetingResource(MeetingService meetings, IdempotentRequests idempotency, Caller caller) {
        this.meetings = meetings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Create a meeting",
            description = "For administrators: the meeting and its first organizer, who then names the rest of the"
                    + " staff. Publishes meeting-updated and staff-granted.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response createMeeting(@Valid @NotNull MeetingCreation request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings", request, () -> {
            MeetingView created = meetings.create(request, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                    .entity(created).build();
        });
    }

    @GET
    @Authenticated
    @Operation(summary = "List the caller's meetings, latest first",
            description = "The meetings the caller holds a role in; for an attendee, their meeting; for an"
                    + " administrator, all")
    public PageResult<MeetingView> listMeetings(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        MeetingService.Visibility visibility;
        if (caller.is(Roles.ADMINISTRATOR)) {
            visibility = new MeetingService.Visibility.All();
        } else if (caller.attendeeMeetingId().isPresent()) {
            visibility = new MeetingService.Visibility.Only(List.of(caller.attendeeMeetingId().get()));
        } else {
            visibility = new MeetingService.Visibility.Only(meetings.meetingsOf(caller.subject()));
        }
        return meetings.list(visibility, page, size);
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE, Roles.ADMINISTRATOR})
    @Operation(summary = "Read a meeting")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response getMeeting(@PathParam("meetingId") UUID meetingId) {
        MeetingView meeting = meetings.find(meetingId)
                .orElseThrow(() -> ProblemException.notFound(RecordNames.MEETING, meetingId));
        return Response.ok(meeting).header(HttpHeaders.ETAG, Versions.etag(meeting.version())).build();
    }

    @PUT
    @Path("/{meetingId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a meeting", description = "Needs If-Match with the version read")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response updateMeeting(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MeetingView updated = meetings.update(meetingId, Versions.required(ifMatch), request, caller.name());
        return Response.ok(updated).header(HttpHeaders.ETAG, Versions.etag(updated.version())).build();
    }

    @PUT
    @Path("/{meetingId}/phase")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Move the meeting to its next phase",
            description = "PREPARING, IN_SESSION, CLOSING, CLOSED, one at a time and never back; needs If-Match with"
                    + " the meeting's version. Publishes meeting-phase-changed.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response changeMeetingPhase(@PathParam("meetingId") UUID meetingId, @Valid @NotNull PhaseRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MeetingView updated = meetings.changePhase(meetingId, Versions.required(ifMatch), request.phase(),
                caller.name());
        return Response.ok(updated).header(HttpHeaders.ETAG, Versions.etag(updated.version())).build();
    }
}
