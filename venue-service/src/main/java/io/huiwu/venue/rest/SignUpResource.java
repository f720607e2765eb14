package io.huiwu.venue.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.venue.api.SignUpRequest;
import io.huiwu.venue.api.SignUpView;
import io.huiwu.venue.service.SignUpService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/sign-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activity sign-ups", description = "Sign-ups to an activity (文化生活报名) up to its capacity, then a"
        + " waiting list in order")
public class SignUpResource {

    private static final Message ATTENDEE = Message.of("Attendee", "参会人员");

    private final SignUpService signUps;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SignUpResource(SignUpService signUps, IdempotentRequests idempotency, Caller caller) {
        this.signUps = signUps;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The activity's sign-ups: those with a place and the waiting list, each in order, with the"
            + " counts")
    public SignUpView.Roll listSignUps(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return signUps.list(meetingId, sessionId);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT, Roles.ATTENDEE})
    @Operation(summary = "Sign someone up to an activity", description = "Staff name the attendee; an attendee signs"
            + " up themself. CONFIRMED while the activity has places, else WAITING in the order of signing up. 201"
            + " the first time; signing up again changes nothing and answers 200 with the sign-up as it stands. 400"
            + " naming attendeeId for someone not an active attendee of the meeting (withdrawn included); 409 naming"
            + " sessionId for a session that is not an ACTIVITY or is cancelled. Publishes activity-signed-up.")
    @APIResponse(responseCode = "201", description = "Signed up", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpView.class)))
    @APIResponse(responseCode = "200", description = "Signed up already", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpView.class)))
    public Response signUp(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid SignUpRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        UUID attendeeId = who(request);
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/sessions/" + sessionId
                + "/sign-ups", request, () -> {
                    SignUpService.Outcome outcome = signUps.signUp(meetingId, sessionId, attendeeId, caller.name());
                    if (!outcome.created()) {
                        return Response.ok(outcome.signUp()).build();
                    }
                    return Response.created(uri.getAbsolutePathBuilder().path(attendeeId.toString()).build())
                            .entity(outcome.signUp()).build();
                });
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "One person's sign-up: confirmed, or their place on the waiting list",
            description = "An attendee reads only their own (404 for anyone else's).")
    public SignUpView getSignUp(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @PathParam("attendeeId") UUID attendeeId) {
        requireOwnOrStaff(attendeeId);
        return signUps.get(meetingId, sessionId, attendeeId);
    }

    @DELETE
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE, Roles.SECRETARIAT, Roles.ATTENDEE})
    @Operation(summary = "Withdraw a sign-up", description = "An attendee withdraws only their own. A place it frees"
            + " goes to the first person waiting, in the same transaction. Publishes activity-sign-up-withdrawn, and"
            + " activity-signed-up (CONFIRMED) for the person promoted. 409 naming sessionId for a cancelled"
            + " activity.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawSignUp(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @PathParam("attendeeId") UUID attendeeId) {
        requireOwnOrStaff(attendeeId);
        signUps.withdraw(meetingId, sessionId, attendeeId);
        return Response.noContent().build();
    }

    /** The attendee signed up: the caller's own for an attendee, else the one the request names. */
    private UUID who(SignUpRequest request) {
        UUID named = request == null ? null : request.attendeeId();
        if (caller.isAttendeeOnly()) {
            UUID own = caller.attendeeId().orElseThrow(() -> ProblemException.notFound(ATTENDEE,
                    Message.of("of this token", "（本令牌）")));
            if (named != null && !named.equals(own)) {
                throw ProblemException.notFound(ATTENDEE, named);
            }
            return own;
        }
        if (named == null) {
            throw ProblemException.invalidField("attendeeId", Message.of(
                    "must name the attendee to sign up", "必须指明报名的参会人员"));
        }
        return named;
    }

    private void requireOwnOrStaff(UUID attendeeId) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(ATTENDEE, attendeeId);
        }
    }
}
