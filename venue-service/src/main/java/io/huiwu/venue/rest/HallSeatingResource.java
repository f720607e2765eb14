package io.huiwu.venue.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.HallSeatingCheck;
import io.huiwu.venue.api.HallSeatingRequest;
import io.huiwu.venue.api.HallSeatingView;
import io.huiwu.venue.service.HallSeatingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/hall-seating")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hall seating", description = "A session's hall (会场座区) seated by protocol: previewed, then applied")
public class HallSeatingResource {

    private final HallSeatingService seating;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public HallSeatingResource(HallSeatingService seating, IdempotentRequests idempotency, Caller caller) {
        this.seating = seating;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/plan")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Preview a hall seating plan", description = "Computes, without applying it, the seating"
            + " of the session's hall from the policy, the roster copy and the published seat map: zones by"
            + " category, delegation blocks in the agreed order, leaders first, then strokes or rank; pinned and"
            + " hand-seated people stay. After a plan was applied, a new one moves the fewest people (who moves from"
            + " where to where, who is added, who leaves). The ETag is what apply needs in If-Match")
    @APIResponse(responseCode = "200", description = "The plan, not applied", headers = @Header(
            name = HttpHeaders.ETAG, ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HallSeatingView.class)))
    public Response previewHallSeating(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull HallSeatingRequest request) {
        HallSeatingService.Previewed previewed = seating.preview(meetingId, sessionId, request);
        return Response.ok(previewed.plan()).header(HttpHeaders.ETAG, Versions.etag(previewed.etag())).build();
    }

    @POST
    @Path("/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Apply a hall seating plan", description = "The same body as the preview, with its ETag in"
            + " If-Match: 412 when the roster, the seat map, its blocks, the seating or the request differ from what"
            + " the preview was computed from. Applied all or none through the seat assignments, so each change is"
            + " in the seats' history and published as seat-assigned or seat-unassigned")
    @APIResponse(responseCode = "200", description = "Applied", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HallSeatingView.class)))
    public Response applyHallSeating(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull HallSeatingRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        long etag = Versions.required(ifMatch);
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/sessions/" + sessionId
                + "/hall-seating/apply", request, () -> Response.ok(seating.apply(meetingId, sessionId, etag,
                request, caller.name())).build());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The hall seating applied", description = "Every seat of the plan applied last with who"
            + " sits there and why (rule and key); 404 when none was applied")
    public HallSeatingView getHallSeating(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return seating.applied(meetingId, sessionId);
    }

    @POST
    @Path("/validate")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Check a seating edited by hand", description = "Lists a seat given twice, a person seated"
            + " twice, a seat not on the map or blocked, a person not in the roster, and a non-voting attendee"
            + " (NON_VOTING) ahead of a voting one (ATTENDEE) of the same delegation; changes nothing")
    public HallSeatingCheck.Findings validateHallSeating(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId, @Valid @NotNull HallSeatingCheck.Draft draft) {
        return seating.check(meetingId, sessionId, draft);
    }
}
