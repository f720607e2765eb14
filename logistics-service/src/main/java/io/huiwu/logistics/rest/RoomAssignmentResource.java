package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.AppliedPlanView;
import io.huiwu.logistics.api.AssignmentJobRequest;
import io.huiwu.logistics.api.AssignmentJobView;
import io.huiwu.logistics.service.AssignmentService;
import io.huiwu.logistics.service.RoomingJobService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/lodging/assignment-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class RoomAssignmentResource {

    private final RoomingJobService jobs;
    private final AssignmentService assignments;
    private final Caller caller;

    public RoomAssignmentResource(RoomingJobService jobs, AssignmentService assignments, Caller caller) {
        this.jobs = jobs;
        this.assignments = assignments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Assign rooms to everyone by the rules (a job)",
            description = "Delegations are placed into hotels first, then roommates are paired inside each hotel."
                    + " Hard rules: a bed for everyone who needs one, no more people than beds, shared rooms only"
                    + " within one gender and one lodging category, suites only from the organiser's grade, a"
                    + " delegation in one hotel. Soft: roommates of one delegation and similar grade, a delegation's"
                    + " rooms on few floors. People placed by hand are never moved. Answers 202 with the job; read"
                    + " it for progress and the proposed plan, then apply the plan. One job at a time per meeting.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentJobView.class)))
    public Response startAssignmentJob(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable AssignmentJobRequest request, @Context UriInfo uri) {
        AssignmentJobView job = jobs.start(meetingId, request == null
                ? new AssignmentJobRequest(null, null, null) : request, caller.name());
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The meeting's assignment jobs, newest first (without their plans)")
    public PageResult<AssignmentJobView> listAssignmentJobs(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(jobs.list(meetingId), paging);
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "An assignment job: status, progress, and the proposed plan with every rule it breaks")
    public AssignmentJobView getAssignmentJob(@PathParam("meetingId") UUID meetingId,
            @PathParam("jobId") UUID jobId) {
        return jobs.get(meetingId, jobId);
    }

    @POST
    @Path("/{jobId}/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Put a job's proposed plan in force",
            description = "Moves only what differs from the beds in force; placements by hand stay. Publishes"
                    + " room-assigned for everyone in a room that changed and room-unassigned for whoever the plan"
                    + " has no bed for. Refused (409) unless the job SUCCEEDED and no bed was given by hand since it"
                    + " started.")
    public AppliedPlanView applyAssignmentJob(@PathParam("meetingId") UUID meetingId,
            @PathParam("jobId") UUID jobId) {
        return assignments.apply(meetingId, jobId);
    }
}
