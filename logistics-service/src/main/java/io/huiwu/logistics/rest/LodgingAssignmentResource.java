package io.huiwu.logistics.rest;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.PlacementRequest;
import io.huiwu.logistics.api.RoomAssignmentView;
import io.huiwu.logistics.service.AssignmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/lodging/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class LodgingAssignmentResource {

    private final AssignmentService assignments;
    private final Caller caller;

    public LodgingAssignmentResource(AssignmentService assignments, Caller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Who sleeps where, by hotel, room and bed")
    public PageResult<RoomAssignmentView> listRoomAssignments(@PathParam("meetingId") UUID meetingId,
            @QueryParam("hotelId") UUID hotelId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(assignments.list(meetingId, hotelId), paging);
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
        Roles.ATTENDEE})
    @Operation(summary = "Someone's room, bed and roommates", description = "An attendee reads only their own.")
    public RoomAssignmentView getRoomAssignment(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(Message.of("A bed of attendee", "参会人员的床位"), attendeeId);
        }
        return assignments.get(meetingId, attendeeId);
    }

    @PUT
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Give someone a bed by hand (pinned: the planner never moves it)",
            description = "Refused when the bed is taken (409, naming who has it) or a hard rule would break (422,"
                    + " naming it: shared rooms within one gender and one lodging category, suites from grade level 4)."
                    + " Publishes room-assigned for everyone in the rooms it touched.")
    public RoomAssignmentView placeInRoom(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId, @Valid @NotNull PlacementRequest request) {
        return assignments.place(meetingId, attendeeId, request, caller.name());
    }

    @DELETE
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Take someone's bed away", description = "Publishes room-unassigned, and room-assigned for"
            + " the roommates left.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeFromRoom(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        assignments.remove(meetingId, attendeeId, caller.name());
    }
}
