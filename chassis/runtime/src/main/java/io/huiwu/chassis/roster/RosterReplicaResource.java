package io.huiwu.chassis.roster;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.SortSpec;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

/** The read API of a service's roster copy ({@link RosterReplica}). */
@Path("/api/v1/meetings/{meetingId}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster copy", description = "The attendees of a meeting as this service knows them from registration")
@RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
@IfBuildProperty(name = "huiwu.roster-replica.enabled", stringValue = "true")
public class RosterReplicaResource {

    private final RosterReplica roster;

    public RosterReplicaResource(RosterReplica roster) {
        this.roster = roster;
    }

    @GET
    @Operation(summary = "List the attendees this service knows of",
            description = "Withdrawn attendees are left out. sort takes rank, strokes (姓氏笔画, as registration orders"
                    + " them), pinyin, name, delegation, category, comma-separated, - for descending; default"
                    + " rank,strokes.")
    public PageResult<ReplicatedAttendee> listAttendees(@PathParam("meetingId") UUID meetingId,
            @QueryParam("category") @Size(max = 30) String category,
            @QueryParam("delegation") @Size(max = 100) String delegation,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        SortSpec order = SortSpec.parse(sort, RosterReplica.SORTABLE.keySet(), "rank,strokes");
        return roster.list(new RosterReplica.Query(meetingId, category, delegation, order, page, size));
    }

    @GET
    @Path("/{attendeeId}")
    @Operation(summary = "Read one attendee")
    public ReplicatedAttendee getAttendee(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        return roster.require(meetingId, attendeeId);
    }
}
