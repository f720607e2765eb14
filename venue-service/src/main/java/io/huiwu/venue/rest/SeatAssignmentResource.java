package io.huiwu.venue.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.venue.api.SeatAssignmentRequest;
import io.huiwu.venue.api.SeatAssignmentView;
import io.huiwu.venue.api.SeatHistoryView;
import io.huiwu.venue.service.SeatAssignmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/venues/{venueId}/spaces/{spaceId}/seat-map/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seat assignments", description = "Who holds which seat of a hall's published seat map, per session or"
        + " in the meeting's standing layout; every change kept in the seat's history")
public class SeatAssignmentResource {

    private final SeatAssignmentService seating;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SeatAssignmentResource(SeatAssignmentService seating, IdempotentRequests idempotency, Caller caller) {
        this.seating = seating;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Assign, move, swap and release seats, all or none", description = "The operations apply in"
            + " order to one layout; if any cannot, none does and each fault is named by its operation"
            + " (operations[i].seatId...): 400 for a seat not on the published map or a person not active in the"
            + " roster, 409 for a seat held, vacant, blocked or changed from the expectedHolder given, or a person"
            + " who already holds a seat in the layout. Publishes seat-assigned and seat-unassigned")
    @APIResponse(responseCode = "200", description = "Applied: each seat changed, as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatsChanged.class)))
    public Response changeSeats(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @Valid @NotNull SeatAssignmentRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/venues/" + venueId
                + "/spaces/" + spaceId + "/seat-map/assignments", request, () -> Response.ok(new SeatsChanged(
                seating.apply(meetingId, venueId, spaceId, request, caller.name()))).build());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The held seats of a layout", description = "By floor, row and number")
    public PageResult<SeatAssignmentView> listAssignments(@PathParam("meetingId") UUID meetingId,
            @PathParam("venueId") UUID venueId, @PathParam("spaceId") UUID spaceId,
            @Parameter(description = "The session; the meeting's standing layout when absent")
            @QueryParam("sessionId") UUID sessionId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(seating.list(meetingId, venueId, spaceId, sessionId), paging);
    }

    @GET
    @Path("/{seatId}/history")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A seat's history", description = "Every change of its holder in any layout, oldest first")
    public PageResult<SeatHistoryView> seatHistory(@PathParam("meetingId") UUID meetingId,
            @PathParam("venueId") UUID venueId, @PathParam("spaceId") UUID spaceId,
            @PathParam("seatId") String seatId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(seating.history(meetingId, venueId, spaceId, seatId), paging);
    }

    /** The seats a request changed. */
    @Schema(name = "SeatsChanged")
    public record SeatsChanged(List<SeatAssignmentView> changed) {
    }
}
