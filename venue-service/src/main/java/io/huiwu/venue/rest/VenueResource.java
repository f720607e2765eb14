package io.huiwu.venue.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SpaceRequest;
import io.huiwu.venue.api.VenueRequest;
import io.huiwu.venue.api.VenueView;
import io.huiwu.venue.service.VenueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
}
