package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.logistics.api.AttendeeView;
import io.huiwu.logistics.service.RosterCopyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster copy")
@RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
public class AttendeeResource {

    private final RosterCopyService roster;

    public AttendeeResource(RosterCopyService roster) {
        this.roster = roster;
    }

    @GET
    @Operation(summary = "List the attendees this service knows of",
            description = "Withdrawn attendees are left out; ordered by rank, then name")
    public PageResult<AttendeeView> list(@PathParam("meetingId") UUID meetingId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return roster.list(meetingId, page, size);
    }

    @GET
    @Path("/{attendeeId}")
    @Operation(summary = "Read one attendee")
    public AttendeeView get(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return roster.get(meetingId, attendeeId);
    }
}
