package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.TaskRequest;
import io.huiwu.registration.api.TaskView;
import io.huiwu.registration.api.WorkingGroupRequest;
import io.huiwu.registration.domain.PersonalData;
import io.huiwu.registration.api.WorkingGroupView;
import io.huiwu.registration.domain.TaskStatus;
import io.huiwu.registration.service.TaskPlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan")
public class TaskPlanResource {

    private final TaskPlanService plan;
    private final IdempotentRequests idempotency;

    public TaskPlanResource(TaskPlanService plan, IdempotentRequests idempotency) {
        this.plan = plan;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/working-groups")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a working group with its members")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupView.class)))
    public Response createWorkingGroup(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull WorkingGroupRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        WorkingGroupView[] created = new WorkingGroupView[1];
        Response response = idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId
                + "/working-groups", request, () -> {
                    created[0] = plan.createGroup(meetingId, request);
                    // the answer kept for replays holds no phone number
                    WorkingGroupView kept = new WorkingGroupView(created[0].id(), created[0].meetingId(),
                            created[0].name(), created[0].kind(), created[0].leader(), created[0].members().stream()
                            .map(member -> new WorkingGroupRequest.Member(member.name(),
                                    PersonalData.maskPhone(member.phone()), member.duty())).toList(),
                            created[0].openTasks(), created[0].overdueTasks(), created[0].version());
                    return Response.created(uri.getAbsolutePathBuilder().path(created[0].id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created[0].version())).entity(kept).build();
                });
        return created[0] == null ? response : Response.fromResponse(response).entity(created[0]).build();
    }

    @GET
    @Path("/working-groups")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The working groups, with members and how many of their tasks are open or overdue")
    public PageResult<WorkingGroupView> listWorkingGroups(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(plan.groups(meetingId), paging);
    }

    @GET
    @Path("/working-groups/{groupId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a working group")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupView.class)))
    public Response getWorkingGroup(@PathParam("meetingId") UUID meetingId, @PathParam("groupId") UUID groupId) {
        WorkingGroupView group = plan.group(meetingId, groupId);
        return Response.ok(group).header(HttpHeaders.ETAG, Versions.etag(group.version())).build();
    }

    @PUT
    @Path("/working-groups/{groupId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a working group and its members", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupView.class)))
    public Response updateWorkingGroup(@PathParam("meetingId") UUID meetingId, @PathParam("groupId") UUID groupId,
            @Valid @NotNull WorkingGroupRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WorkingGroupView group = plan.updateGroup(meetingId, groupId, Versions.required(ifMatch), request);
        return Response.ok(group).header(HttpHeaders.ETAG, Versions.etag(group.version())).build();
    }

    @POST
    @Path("/tasks")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Add a task to the task plan")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response createTask(@PathParam("meetingId") UUID meetingId, @Valid @NotNull TaskRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/tasks", request, () -> {
            TaskView created = plan.createTask(meetingId, request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The task plan by deadline", description = "overdue=true: only tasks open past their deadline")
    public PageResult<TaskView> listTasks(@PathParam("meetingId") UUID meetingId, @QueryParam("groupId") UUID groupId,
            @QueryParam("status") TaskStatus status, @QueryParam("overdue") boolean overdue,
                    @BeanParam @Valid PageRequest paging) {
        return PageResult.of(plan.tasks(meetingId, groupId, status, overdue), paging);
    }

    @GET
    @Path("/tasks/{taskId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a task")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response getTask(@PathParam("meetingId") UUID meetingId, @PathParam("taskId") UUID taskId) {
        TaskView task = plan.task(meetingId, taskId);
        return Response.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version())).build();
    }

    @PUT
    @Path("/tasks/{taskId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a task or its status", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response updateTask(@PathParam("meetingId") UUID meetingId, @PathParam("taskId") UUID taskId,
            @Valid @NotNull TaskRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TaskView task = plan.updateTask(meetingId, taskId, Versions.required(ifMatch), request);
        return Response.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version())).build();
    }
}
