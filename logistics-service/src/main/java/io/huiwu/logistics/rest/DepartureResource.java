package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.DepartureView;
import io.huiwu.logistics.service.SendOffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/departures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class DepartureResource {

    private final SendOffService sendOffs;

    public DepartureResource(SendOffService sendOffs) {
        this.sendOffs = sendOffs;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Everyone leaving (返程), by time: the trip, the open booking and the send-off",
            description = "The trip is the open ticket's when one is booked, else the departure registration"
                    + " reported; withdrawn people are left out.")
    public PageResult<DepartureView> listDepartures(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(sendOffs.departures(meetingId), paging);
    }

    @GET
    @Path("/blocked")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Departures in the next hours of people who still hold copies that must come back",
            description = "Those documents-service reported BLOCKED, leaving from now to withinHours from now"
                    + " (24 when left out), soonest first, each with what is still due.")
    public PageResult<DepartureView> listBlockedDepartures(@PathParam("meetingId") UUID meetingId,
            @QueryParam("withinHours") @Min(1) @Max(720) Integer withinHours, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(sendOffs.blocked(meetingId, withinHours == null ? 24 : withinHours), paging);
    }
}
