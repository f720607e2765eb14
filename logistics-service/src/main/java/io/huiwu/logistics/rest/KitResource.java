package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.KitIssueRequest;
import io.huiwu.logistics.api.KitIssueView;
import io.huiwu.logistics.api.KitRequest;
import io.huiwu.logistics.api.KitView;
import io.huiwu.logistics.service.KitService;
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

@Path("/api/v1/meetings/{meetingId}/kits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplies", description = "Supplies and their stock against the budget, kits handed out at the desk"
        + " (会议用品)")
public class KitResource {

    private final KitService kits;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public KitResource(KitService kits, IdempotentRequests idempotency, Caller caller) {
        this.kits = kits;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's kits by name, with how many were handed out and how many are still due")
    public PageResult<KitView> listKits(@PathParam("meetingId") UUID meetingId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(kits.listKits(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a kit", description = "Its name is unique in the meeting; each item once, from the"
            + " meeting's supplies.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KitView.class)))
    public Response createKit(@PathParam("meetingId") UUID meetingId, @Valid @NotNull KitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "kits", idempotencyKey, request, uri,
                () -> kits.createKit(meetingId, request, caller.name()), KitView::id, KitView::version);
    }

    @GET
    @Path("/{kitId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a kit")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KitView.class)))
    public Response getKit(@PathParam("meetingId") UUID meetingId, @PathParam("kitId") UUID kitId) {
        KitView kit = kits.getKit(meetingId, kitId);
        return Response.ok(kit).header(HttpHeaders.ETAG, Versions.etag(kit.version())).build();
    }

    @PUT
    @Path("/{kitId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a kit's name, categories or contents", description = "Needs If-Match. Kits handed"
            + " out before keep what they held.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KitView.class)))
    public Response updateKit(@PathParam("meetingId") UUID meetingId, @PathParam("kitId") UUID kitId,
            @Valid @NotNull KitRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        KitView kit = kits.updateKit(meetingId, kitId, Versions.required(ifMatch), request, caller.name());
        return Response.ok(kit).header(HttpHeaders.ETAG, Versions.etag(kit.version())).build();
    }

    @GET
    @Path("/{kitId}/issues")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS})
    @Operation(summary = "Who has had the kit, first handed out first")
    public PageResult<KitIssueView> listKitIssues(@PathParam("meetingId") UUID meetingId,
            @PathParam("kitId") UUID kitId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(kits.listIssues(meetingId, kitId), paging);
    }

    @POST
    @Path("/{kitId}/issues")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS})
    @Operation(summary = "Hand the kit to a person (the scan at the desk)", description = "Once per person; only to"
            + " an active attendee of the kit's categories (422); every item's stock goes down, all or none (409"
            + " naming the item out of stock); a second scan of the same person is 409 naming who handed it out and"
            + " when. Publishes kit-issued. Idempotency-Key: a retried scan answers as the first.")
    @APIResponse(responseCode = "201", description = "Handed out", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KitIssueView.class)))
    public Response issueKit(@PathParam("meetingId") UUID meetingId, @PathParam("kitId") UUID kitId,
            @Valid @NotNull KitIssueRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> Response.status(201)
                .entity(kits.issue(meetingId, kitId, request.attendeeId(), caller.name())).build());
    }
}
