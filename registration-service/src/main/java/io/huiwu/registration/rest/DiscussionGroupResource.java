package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DiscussionGroupRequest;
import io.huiwu.registration.api.DiscussionGroupView;
import io.huiwu.registration.api.GroupMembersRequest;
import io.huiwu.registration.service.DiscussionGroupService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/discussion-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class DiscussionGroupResource {

    private final DiscussionGroupService groups;
    private final IdempotentRequests idempotency;

    public DiscussionGroupResource(DiscussionGroupService groups, IdempotentRequests idempotency) {
        this.groups = groups;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a discussion group", description = "Publishes discussion-group-updated, as every"
            + " change of a group does")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscussionGroupView.class)))
    public Response createDiscussionGroup(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DiscussionGroupRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/discussion-groups",
                request, () -> {
                    DiscussionGroupView created = groups.create(meetingId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The discussion groups with their members, conveners first")
    public PageResult<DiscussionGroupView> listDiscussionGroups(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(groups.list(meetingId), paging);
    }

    @GET
    @Path("/{groupId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a discussion group")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscussionGroupView.class)))
    public Response getDiscussionGroup(@PathParam("meetingId") UUID meetingId, @PathParam("groupId") UUID groupId) {
        DiscussionGroupView group = groups.get(meetingId, groupId);
        return Response.ok(group).header(HttpHeaders.ETAG, Versions.etag(group.version())).build();
    }

    @PUT
    @Path("/{groupId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Rename a group or change its room", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscussionGroupView.class)))
    public Response updateDiscussionGroup(@PathParam("meetingId") UUID meetingId, @PathParam("groupId") UUID groupId,
            @Valid @NotNull DiscussionGroupRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DiscussionGroupView group = groups.update(meetingId, groupId, Versions.required(ifMatch), request);
        return Response.ok(group).header(HttpHeaders.ETAG, Versions.etag(group.version())).build();
    }

    @PUT
    @Path("/{groupId}/members")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the members and conveners of a group",
            description = "Needs If-Match. One or two conveners; a person is in one group only.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscussionGroupView.class)))
    public Response setDiscussionGroupMembers(@PathParam("meetingId") UUID meetingId,
            @PathParam("groupId") UUID groupId,
            @Valid @NotNull GroupMembersRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DiscussionGroupView group = groups.setMembers(meetingId, groupId, Versions.required(ifMatch), request);
        return Response.ok(group).header(HttpHeaders.ETAG, Versions.etag(group.version())).build();
    }

    @DELETE
    @Path("/{groupId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Delete a discussion group",
            description = "Needs If-Match. Its members are then in no group. Publishes discussion-group-removed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteDiscussionGroup(@PathParam("meetingId") UUID meetingId, @PathParam("groupId") UUID groupId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        groups.delete(meetingId, groupId, Versions.required(ifMatch));
        return Response.noContent().build();
    }
}
