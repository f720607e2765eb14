package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.SessionRecordRequest;
import io.huiwu.documents.api.SessionRecordView;
import io.huiwu.documents.domain.SessionRecordKind;
import io.huiwu.documents.service.SessionRecordService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/group-record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Group records", description = "小组讨论记录: a group discussion's record, every save a version")
public class GroupRecordResource {

    private static final SessionRecordKind KIND = SessionRecordKind.GROUP_RECORD;

    private final SessionRecordService records;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public GroupRecordResource(SessionRecordService records, IdempotentRequests idempotency, Caller caller) {
        this.records = records;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/versions")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Save the group session's record (小组讨论记录) as a new version",
            description = "expectedVersion names the version this one replaces (0 for the first); another is 409"
                    + " naming the current version. The text, optionally a document of the meeting whose file goes"
                    + " with it, and recordings by link (http or https). Only a GROUP session has one (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionRecordView.class)))
    public Response saveGroupRecord(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull SessionRecordRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/sessions/" + sessionId
                + "/group-record/versions", request, () -> {
                    SessionRecordView saved = records.save(meetingId, sessionId, KIND, request, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.version()))
                            .build()).entity(saved).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The current version of the group session's record (小组讨论记录)")
    public SessionRecordView getGroupRecord(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return records.get(meetingId, sessionId, KIND, null);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Every version of the group session's record (小组讨论记录), oldest first")
    public PageResult<SessionRecordView> listGroupRecordVersions(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(records.history(meetingId, sessionId, KIND), paging);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "One version of the group session's record (小组讨论记录)")
    public SessionRecordView getGroupRecordVersion(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @PathParam("version") @Min(1) int version) {
        return records.get(meetingId, sessionId, KIND, version);
    }
}
