package io.huiwu.registration.rest;

import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.TravelRequest;
import io.huiwu.registration.api.TravelView;
import io.huiwu.registration.domain.TravelRules;
import io.huiwu.registration.service.RecordNames;
import io.huiwu.registration.service.TravelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/travel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Travel",
        description = "Arrivals and departures as attendees report them, for pickups (接站) and send-offs (返程)")
public class TravelResource {

    private final TravelService travel;
    private final Caller caller;

    public TravelResource(TravelService travel, Caller caller) {
        this.travel = travel;
        this.caller = caller;
    }

    @PUT
    @Path("/{attendeeId}/{direction}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.ATTENDEE})
    @Operation(summary = "Report how and when someone arrives (ARRIVAL) or leaves (DEPARTURE)",
            description = "Replaces an earlier report of the same direction; publishes travel-reported. An attendee"
                    + " reports only their own travel.")
    public TravelView reportTravel(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @PathParam("direction") TravelRules.TravelDirection direction, @Valid @NotNull TravelRequest request) {
        requireOwnOrStaff(attendeeId);
        return travel.report(meetingId, attendeeId, direction, request, caller.name());
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.ATTENDEE})
    @Operation(summary = "Someone's arrival and departure as reported")
    public PageResult<TravelView> listTravelOfAttendee(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId, @BeanParam @Valid PageRequest paging) {
        requireOwnOrStaff(attendeeId);
        return PageResult.of(travel.forAttendee(meetingId, attendeeId), paging);
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS})
    @Operation(summary = "Reported arrivals or departures by time, for pickup and send-off tables")
    public PageResult<TravelView> listTravel(@PathParam("meetingId") UUID meetingId,
            @QueryParam("direction") TravelRules.TravelDirection direction, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(travel.list(meetingId, direction, from, to), paging);
    }

    private void requireOwnOrStaff(UUID attendeeId) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(RecordNames.ATTENDEE, attendeeId);
        }
    }
}
