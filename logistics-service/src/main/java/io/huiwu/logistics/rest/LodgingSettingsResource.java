package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.LodgingSettingsRequest;
import io.huiwu.logistics.api.LodgingSettingsView;
import io.huiwu.logistics.service.StayNights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/meetings/{meetingId}/lodging/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class LodgingSettingsResource {

    private final StayNights nights;
    private final Caller caller;

    public LodgingSettingsResource(StayNights nights, Caller caller) {
        this.nights = nights;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's lodging policy and default nights", description = "The meeting's dates as"
            + " registration published them and the default nights of stays whose dates staff did not set.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LodgingSettingsView.class)))
    public Response getSettings(@PathParam("meetingId") UUID meetingId) {
        LodgingSettingsView view = nights.settings(meetingId);
        return Response.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Set the meeting's lodging policy", description = "Whether guests arrive the day before the"
            + " meeting's first day. Stays whose dates come from the meeting's take the new default nights (recorded"
            + " in their history); dates set by staff or from reported travel stay. If-Match, when sent, must be the"
            + " ETag read.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LodgingSettingsView.class)))
    public Response updateSettings(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull LodgingSettingsRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        LodgingSettingsView view = nights.updateSettings(meetingId,
                ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch), request, caller.name());
        return Response.ok(view).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }
}
