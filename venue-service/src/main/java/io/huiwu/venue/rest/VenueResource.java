package io.huiwu.venue.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SpaceRequest;
import io.huiwu.venue.api.VenueChange;
import io.huiwu.venue.api.VenueRequest;
import io.huiwu.venue.api.VenueView;
import io.huiwu.venue.service.VenueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/meetings/{meetingId}/venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Venues", description = "The meeting's venues with their halls (会场) and rooms (会议室)")
public class VenueResource {

    private final VenueService venues;

    public VenueResource(VenueService venues) {
        this.venues = venues;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Add a venue", description = "409 naming name when the meeting has a venue of that name")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VenueView.class)))
    public Response addVenue(@PathParam("meetingId") UUID meetingId, @Valid @NotNull VenueRequest request,
            @Context UriInfo uri) {
        VenueView venue = venues.create(meetingId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(venue.id().toString()).build())
                .header(HttpHeaders.ETAG, Versions.etag(venue.version())).entity(venue).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's venues with their halls and rooms, by name")
    public PageResult<VenueView> listVenues(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(venues.list(meetingId), paging);
    }

    @GET
    @Path("/{venueId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a venue with its halls and rooms")
    public VenueView getVenue(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId) {
        return venues.get(meetingId, venueId);
    }

    @POST
    @Path("/{venueId}/spaces")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Add a hall or room to a venue", description = "A hall gets a seat map; a room is booked by"
            + " its capacity. 409 naming name when the venue has one of that name")
    @APIResponse(responseCode = "201", description = "Added", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VenueView.SpaceView.class)))
    public Response addSpace(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @Valid @NotNull SpaceRequest request, @Context UriInfo uri) {
        VenueView.SpaceView space = venues.addSpace(meetingId, venueId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(space.id().toString()).build())
                .header(HttpHeaders.ETAG, Versions.etag(space.version())).entity(space).build();
    }

    @GET
    @Path("/{venueId}/spaces/{spaceId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a hall or room")
    public VenueView.SpaceView getSpace(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId) {
        return venues.getSpace(meetingId, venueId, spaceId);
    }

    @PATCH
    @Path("/{venueId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Change a venue's name or address", description = "Only the fields sent change; an empty"
            + " address removes it. If-Match (the ETag) is checked when given: 412 when it has changed since. 409"
            + " naming name when the meeting has another venue of that name")
    public Response changeVenue(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull VenueChange.Venue change) {
        VenueView venue = venues.change(meetingId, venueId, expected(ifMatch), change);
        return Response.ok(venue).header(HttpHeaders.ETAG, Versions.etag(venue.version())).build();
    }

    @DELETE
    @Path("/{venueId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Delete a venue with its halls and rooms", description = "Refused, changing nothing, while"
            + " one of its halls or rooms is in use: 409 naming sessionId (and the session) when a session names it,"
            + " cancelled ones too, or spaceId when it has a published seat map")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteVenue(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId) {
        venues.delete(meetingId, venueId);
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{venueId}/spaces/{spaceId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Change a hall or room: name, floor, capacity, equipment", description = "Only the fields"
            + " sent change; the kind stays. If-Match (the ETag) is checked when given: 412 when it has changed"
            + " since. 409 naming name when the venue has another hall or room of that name")
    public Response changeSpace(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VenueChange.Space change) {
        VenueView.SpaceView space = venues.changeSpace(meetingId, venueId, spaceId, expected(ifMatch), change);
        return Response.ok(space).header(HttpHeaders.ETAG, Versions.etag(space.version())).build();
    }

    @DELETE
    @Path("/{venueId}/spaces/{spaceId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Delete a hall or room", description = "Its draft seat map goes with it. Refused, changing"
            + " nothing: 409 naming sessionId (and the session) while a session names it, cancelled ones too; 409"
            + " naming spaceId while it has a published seat map")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteSpace(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId) {
        venues.deleteSpace(meetingId, venueId, spaceId);
        return Response.noContent().build();
    }

    private static Long expected(String ifMatch) {
        return ifMatch == null ? null : Versions.required(ifMatch);
    }
}
