package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.SortSpec;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.service.AttendeeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.OptionalLong;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class AttendeeResource {

    private final AttendeeService attendees;
    private final IdempotentRequests idempotency;

    public AttendeeResource(AttendeeService attendees, IdempotentRequests idempotency) {
        this.attendees = attendees;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Register an attendee", description = "Publishes attendee-registered")
    public Response register(@PathParam("meetingId") UUID meetingId, @Valid @NotNull AttendeeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/attendees", request,
                () -> {
                    AttendeeView created = attendees.register(meetingId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                            .entity(created).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "List the roster", description = "Active entries unless status=WITHDRAWN")
    public PageResult<AttendeeView> list(@PathParam("meetingId") UUID meetingId,
            @QueryParam("status") @DefaultValue("ACTIVE") AttendeeStatus status,
            @QueryParam("category") Category category,
            @QueryParam("delegation") String delegation,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        SortSpec order = SortSpec.parse(sort, AttendeeService.SORTABLE.keySet(), "rank,name");
        return attendees.list(meetingId, status, category, delegation, order, page, size);
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read an entry of the roster")
    public Response get(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        AttendeeView attendee = attendees.find(meetingId, attendeeId)
                .orElseThrow(() -> ProblemException.notFound("Attendee", attendeeId));
        return Response.ok(attendee).header(HttpHeaders.ETAG, Versions.etag(attendee.version())).build();
    }

    @PUT
    @Path("/{attendeeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Correct an entry", description = "Needs If-Match; publishes attendee-updated")
    public Response update(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Valid @NotNull AttendeeRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AttendeeView updated = attendees.update(meetingId, attendeeId, Versions.required(ifMatch), request);
        return Response.ok(updated).header(HttpHeaders.ETAG, Versions.etag(updated.version())).build();
    }

    @DELETE
    @Path("/{attendeeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Withdraw an attendee",
            description = "The entry stays on record with status WITHDRAWN; publishes attendee-withdrawn. If-Match is"
                    + " checked when sent. Withdrawing twice changes nothing.")
    public Response withdraw(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        OptionalLong expected = ifMatch == null ? OptionalLong.empty() : OptionalLong.of(Versions.required(ifMatch));
        attendees.withdraw(meetingId, attendeeId, expected);
        return Response.noContent().build();
    }
}
