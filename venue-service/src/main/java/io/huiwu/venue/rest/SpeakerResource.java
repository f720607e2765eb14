package io.huiwu.venue.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.venue.api.SpeakerOrderRequest;
import io.huiwu.venue.api.SpeakerRequest;
import io.huiwu.venue.api.SpeakerView;
import io.huiwu.venue.service.SpeakerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "A session's speakers (发言安排) in order: who, on what, for how many minutes")
public class SpeakerResource {

    private static final String WHO = " An active attendee (400 naming attendeeId otherwise) or a guest named in"
            + " guestName, one of the two (400 naming guestName for both); 409 naming sessionId for a cancelled"
            + " session.";

    private final SpeakerService speakers;
    private final IdempotentRequests idempotency;

    public SpeakerResource(SpeakerService speakers, IdempotentRequests idempotency) {
        this.speakers = speakers;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "The session's speakers in order, with the minutes they take in all")
    public SpeakerView.Order listSpeakers(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return speakers.list(meetingId, sessionId);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Add a speaker, last or at a place in the order", description = "Those after move down one."
            + WHO + " Publishes speaker-scheduled for them and for each speaker whose place changed.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerView.class)))
    public Response addSpeaker(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SpeakerRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/sessions/" + sessionId
                + "/speakers", request, () -> {
                    SpeakerView added = speakers.add(meetingId, sessionId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                            .entity(added).build();
                });
    }

    @PUT
    @Path("/order")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Put the speakers in a new order, all at once", description = "The order names each"
            + " speaker of the session once: 400 naming speakerIds[i] for one that is not a speaker of the session or"
            + " is listed twice, and speakerIds for any left out; nothing changes then. Publishes speaker-scheduled"
            + " for each speaker whose place changed.")
    public SpeakerView.Order orderSpeakers(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @Valid @NotNull SpeakerOrderRequest request) {
        return speakers.reorder(meetingId, sessionId, request);
    }

    @PUT
    @Path("/{speakerId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Change a speaker: who, the topic, the minutes", description = "Their place stays." + WHO
            + " Publishes speaker-scheduled.")
    public SpeakerView changeSpeaker(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @PathParam("speakerId") UUID speakerId, @Valid @NotNull SpeakerRequest request) {
        return speakers.change(meetingId, sessionId, speakerId, request);
    }

    @DELETE
    @Path("/{speakerId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Take a speaker off the order", description = "Those after move up one. Publishes"
            + " speaker-removed, and speaker-scheduled for each speaker whose place changed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeSpeaker(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @PathParam("speakerId") UUID speakerId) {
        speakers.remove(meetingId, sessionId, speakerId);
        return Response.noContent().build();
    }
}
