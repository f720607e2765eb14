package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.DelegationOrderRequest;
import io.huiwu.registration.api.DelegationRequest;
import io.huiwu.registration.api.DelegationView;
import io.huiwu.registration.service.DelegationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class DelegationResource {

    private static final String SUPPORT = "Count staff and accompanying people (drivers, secretaries) too; by"
            + " default a delegation's figures count its members only";

    private final DelegationService delegations;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public DelegationResource(DelegationService delegations, IdempotentRequests idempotency, Caller caller) {
        this.delegations = delegations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The delegations: their records and the names the roster uses, with their sizes",
            description = "order: STROKES (姓氏笔画 of the names, default), PINYIN, or AGREED (the organiser's order)")
    public PageResult<DelegationView> listDelegations(@PathParam("meetingId") UUID meetingId,
            @QueryParam("order") @DefaultValue("STROKES") DelegationService.DelegationOrder order,
            @Parameter(description = SUPPORT) @QueryParam("includeSupport") boolean includeSupport,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(delegations.list(meetingId, order, includeSupport), paging);
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a delegation (代表团)",
            description = "Its entries are the roster's entries that name it. Publishes delegation-updated.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelegationView.class)))
    public Response createDelegation(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DelegationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/delegations", request,
                () -> {
                    DelegationView created = delegations.create(meetingId, request, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @Path("/{delegationId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a delegation")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelegationView.class)))
    public Response getDelegation(@PathParam("meetingId") UUID meetingId,
            @PathParam("delegationId") UUID delegationId,
            @Parameter(description = SUPPORT) @QueryParam("includeSupport") boolean includeSupport) {
        DelegationView delegation = delegations.get(meetingId, delegationId, includeSupport);
        return Response.ok(delegation).header(HttpHeaders.ETAG, Versions.etag(delegation.version())).build();
    }

    @PUT
    @Path("/{delegationId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a delegation: its name, leaders and liaison, preferred hotel",
            description = "Needs If-Match. A delegation is renamed only while no active entry names it. Publishes"
                    + " delegation-updated.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelegationView.class)))
    public Response updateDelegation(@PathParam("meetingId") UUID meetingId,
            @PathParam("delegationId") UUID delegationId, @Valid @NotNull DelegationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DelegationView delegation = delegations.update(meetingId, delegationId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(delegation).header(HttpHeaders.ETAG, Versions.etag(delegation.version())).build();
    }

    @PUT
    @Path("/order")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the agreed order of delegations",
            description = "Answers with the delegations in the agreed order (all of them, at most 500). A name without"
                    + " a record gets one. Publishes delegation-updated for each delegation whose place changed, and"
                    + " delegation-order-set.")
    public PageResult<DelegationView> setDelegationOrder(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DelegationOrderRequest request) {
        return PageResult.of(delegations.setOrder(meetingId, request.names(), caller.name()),
                new PageRequest(0, Paging.MAX_SIZE));
    }
}
