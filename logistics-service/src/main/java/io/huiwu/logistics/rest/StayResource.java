package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.RoomHistoryView;
import io.huiwu.logistics.api.StayPatch;
import io.huiwu.logistics.api.StayView;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.service.KeyHandoverService;
import io.huiwu.logistics.service.StayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/lodging")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class StayResource {

    private final StayService stays;
    private final KeyHandoverService keys;
    private final Caller caller;

    public StayResource(StayService stays, KeyHandoverService keys, Caller caller) {
        this.stays = stays;
        this.keys = keys;
        this.caller = caller;
    }

    @GET
    @Path("/stays")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Stays, by hotel, room and bed", description = "Everyone who has or had a bed: BOOKED,"
            + " CANCELLED (the bed given up) or ARRIVED.")
    public PageResult<StayView> listStays(@PathParam("meetingId") UUID meetingId,
            @QueryParam("hotelId") UUID hotelId, @QueryParam("status") StayStatus status,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(stays.list(meetingId, hotelId, status), paging);
    }

    @GET
    @Path("/stays/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Someone's stay")
    public StayView getStay(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return stays.get(meetingId, attendeeId);
    }

    @PATCH
    @Path("/stays/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a stay's nights or requests",
            description = "Only the fields given change; the others, and the bed, stay as they are. A departure on or"
                    + " before the arrival is refused (400, naming the field).")
    public StayView patchStay(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Valid @NotNull StayPatch patch) {
        return stays.patch(meetingId, attendeeId, patch, caller.name());
    }

    @POST
    @Path("/stays/{attendeeId}/cancel")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Cancel a stay", description = "Gives the bed up (room-unassigned, and room-assigned for the"
            + " roommates left); the stay keeps its bed, nights and confirmation so that it can be reinstated."
            + " Cancelling a cancelled stay changes nothing.")
    public StayView cancelStay(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return stays.cancel(meetingId, attendeeId, caller.name());
    }

    @POST
    @Path("/stays/{attendeeId}/reinstate")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Reinstate a cancelled stay", description = "Gives the same bed back (pinned) with the stay's"
            + " nights, requests and confirmation; 409 naming whoever holds the bed now, 422 when a hard rule would"
            + " break. Reinstating a stay that is not cancelled changes nothing.")
    public StayView reinstateStay(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        return stays.reinstate(meetingId, attendeeId, caller.name());
    }

    @POST
    @Path("/stays/{attendeeId}/key-handover")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Hand the room key over by hand", description = "The stay becomes ARRIVED and its room"
            + " occupied; publishes room-key-handed-over. An annulled check-in does not take a key handed by hand"
            + " back. Handing it again changes nothing; a cancelled stay is refused (409).")
    public StayView handOverKey(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return keys.byHand(meetingId, attendeeId, caller.name());
    }

    @GET
    @Path("/assignments/{attendeeId}/history")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Every change of someone's bed, oldest first")
    public PageResult<RoomHistoryView> getRoomHistory(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(stays.history(meetingId, attendeeId), paging);
    }
}
