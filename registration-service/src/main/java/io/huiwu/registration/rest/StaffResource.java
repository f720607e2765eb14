package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.registration.api.MyAccessView;
import io.huiwu.registration.api.StaffGrantRequest;
import io.huiwu.registration.api.StaffGrantView;
import io.huiwu.registration.domain.MeetingRole;
import io.huiwu.registration.service.StaffService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Who works on a meeting, in which role: the grants every service enforces")
public class StaffResource {

    private final StaffService staff;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public StaffResource(StaffService staff, IdempotentRequests idempotency, Caller caller) {
        this.staff = staff;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.ADMINISTRATOR})
    @Operation(summary = "Give a member of staff a role in the meeting",
            description = "Every service enforces it within seconds. Publishes staff-granted.")
    @APIResponse(responseCode = "201", description = "Granted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffGrantView.class)))
    @APIResponse(responseCode = "409", description = "The person already holds that role in the meeting")
    public Response grantStaffRole(@PathParam("meetingId") UUID meetingId, @Valid @NotNull StaffGrantRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/staff", request, () -> {
            StaffGrantView granted = staff.grant(meetingId, request, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(granted.id().toString()).build())
                    .entity(granted).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ADMINISTRATOR})
    @Operation(summary = "The staff of the meeting and their roles",
            description = "By role (organizers first), then subject")
    public PageResult<StaffGrantView> listStaff(@PathParam("meetingId") UUID meetingId,
            @QueryParam("role") MeetingRole role,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return staff.list(meetingId, role, page, size);
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ADMINISTRATOR})
    @Operation(summary = "The caller's own roles in the meeting")
    public MyAccessView getMyAccess(@PathParam("meetingId") UUID meetingId) {
        return new MyAccessView(meetingId, caller.subject(),
                Arrays.stream(MeetingRole.values()).filter(role -> caller.is(role.role())).toList(),
                caller.is(Roles.ADMINISTRATOR));
    }

    @DELETE
    @Path("/{grantId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.ADMINISTRATOR})
    @Operation(summary = "Take a role back",
            description = "The meeting keeps at least one organizer: revoking the last one is refused. Publishes"
                    + " staff-revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "409", description = "The last organizer of the meeting")
    public Response revokeStaffRole(@PathParam("meetingId") UUID meetingId, @PathParam("grantId") UUID grantId) {
        staff.revoke(meetingId, grantId, caller.name());
        return Response.noContent().build();
    }
}
