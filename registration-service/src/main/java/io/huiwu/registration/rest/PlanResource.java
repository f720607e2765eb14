package io.huiwu.registration.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.MeetingPlan;
import io.huiwu.registration.api.PlanActionRequest;
import io.huiwu.registration.api.PlanChangeView;
import io.huiwu.registration.api.PlanView;
import io.huiwu.registration.domain.PlanStatus;
import io.huiwu.registration.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan",
        description = "The meeting plan (会议方案) with its approval and versions; working groups and the task plan (实施计划)")
public class PlanResource {

    private final PlanService plans;
    private final Caller caller;

    public PlanResource(PlanService plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The current plan (会议方案) and its status", description = "ETag is the plan version")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response getPlan(@PathParam("meetingId") UUID meetingId) {
        return withEtag(plans.current(meetingId));
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change the plan", description = "Needs If-Match with the plan version. Changing an approved"
            + " plan puts it back to SUBMITTED: it needs approval again.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response editPlan(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingPlan plan,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(plans.edit(meetingId, (int) Versions.required(ifMatch), plan, caller.name()));
    }

    @POST
    @Path("/submit")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Submit a draft plan for approval", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response submitPlan(@PathParam("meetingId") UUID meetingId, @Valid PlanActionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(meetingId, PlanStatus.PlanAction.SUBMIT, request, ifMatch);
    }

    @POST
    @Path("/approve")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Approve a submitted plan", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response approvePlan(@PathParam("meetingId") UUID meetingId, @Valid PlanActionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(meetingId, PlanStatus.PlanAction.APPROVE, request, ifMatch);
    }

    @POST
    @Path("/return")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Send a submitted plan back to draft, with a comment", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response returnPlan(@PathParam("meetingId") UUID meetingId, @Valid PlanActionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(meetingId, PlanStatus.PlanAction.RETURN, request, ifMatch);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Every version of the plan, oldest first")
    public PageResult<PlanView> listPlanVersions(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(plans.history(meetingId), paging);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "One version of the plan")
    public PlanView getPlanVersion(@PathParam("meetingId") UUID meetingId, @PathParam("version") @Min(1) int version) {
        return plans.version(meetingId, version);
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "What differs between two versions of the plan")
    public PlanChangeView comparePlanVersions(@PathParam("meetingId") UUID meetingId,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return plans.compare(meetingId, from, to);
    }

    private Response act(UUID meetingId, PlanStatus.PlanAction action, PlanActionRequest request, String ifMatch) {
        return withEtag(plans.act(meetingId, (int) Versions.required(ifMatch), action,
                request == null ? null : request.comment(), caller.name()));
    }

    private static Response withEtag(PlanView plan) {
        return Response.ok(plan).header(HttpHeaders.ETAG, Versions.etag(plan.version())).build();
    }
}
