package io.huiwu.venue.rest;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.SeatBlockRequest;
import io.huiwu.venue.api.SeatBlockView;
import io.huiwu.venue.api.SeatMapDocument;
import io.huiwu.venue.api.SeatMapSpec;
import io.huiwu.venue.api.SeatMapValidation;
import io.huiwu.venue.api.SeatMapView;
import io.huiwu.venue.print.PdfSheet;
import io.huiwu.venue.print.SvgSheet;
import io.huiwu.venue.service.SeatChartService;
import io.huiwu.venue.service.SeatMapService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/venues/{venueId}/spaces/{spaceId}/seat-map")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seat maps", description = "A hall's seat map: a draft from a grid spec or a whole document, validated"
        + " and published in numbered versions; seats blocked with a reason")
public class SeatMapResource {

    private static final String STAFF_CHART = "The latest published map, drawn from the audience's side: the"
            + " rostrum (主席台) at the top, each floor with row numbers at both ends of each row and seat numbers"
            + " along the front, each seat with its holder's name set vertically and coloured by their delegation"
            + " (empty white, blocked hatched grey), a legend. 409 naming spaceId while the hall has no published"
            + " map; 400 naming sessionId for a session of another hall";

    private final SeatMapService seatMaps;
    private final SeatChartService charts;

    public SeatMapResource(SeatMapService seatMaps, SeatChartService charts) {
        this.seatMaps = seatMaps;
        this.charts = charts;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read the published seat map", description = "The latest version, or the one asked for;"
            + " every seat with its stable id, printed label and whether it is blocked")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    public Response getSeatMap(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId,
            @Parameter(description = "A published version's number; the latest when absent")
            @QueryParam("version") String version) {
        SeatMapView map = seatMaps.published(meetingId, venueId, spaceId, number(version));
        return Response.ok(map).header(HttpHeaders.ETAG, Versions.etag(map.version())).build();
    }

    @GET
    @Path("/chart.svg")
    @Produces(SvgSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The hall's seat chart (座位图) as SVG", description = STAFF_CHART)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = SvgSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    public Response getSeatChartSvg(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId,
            @Parameter(description = "The session whose seating is drawn; the standing layout when absent")
            @QueryParam("sessionId") UUID sessionId) {
        return Response.ok(charts.hallSvg(meetingId, venueId, spaceId, sessionId), SvgSheet.MEDIA_TYPE
                + ";charset=UTF-8").header("Content-Disposition", "inline; filename=\"seat-chart.svg\"").build();
    }

    @GET
    @Path("/chart.pdf")
    @Produces(PdfSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The hall's seat chart (座位图) on one landscape page", description = STAFF_CHART
            + "; scaled to fit an A3 (default) or A4 page, with the date printed at its foot")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PdfSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getSeatChartPdf(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId,
            @Parameter(description = "The session whose seating is drawn; the standing layout when absent")
            @QueryParam("sessionId") UUID sessionId,
            @Parameter(description = "The page, landscape; A3 when absent", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"A3", "A4"})) @QueryParam("size") String size) {
        return Response.ok(charts.hallPdf(meetingId, venueId, spaceId, sessionId, pageFormat(size)),
                PdfSheet.MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"seat-chart.pdf\"").build();
    }

    /** The page size asked for: A3 (the default) or A4, else 400 naming {@code size}. */
    static SeatChartService.PageFormat pageFormat(String size) {
        if (size == null || size.isEmpty()) {
            return SeatChartService.PageFormat.A3;
        }
        for (SeatChartService.PageFormat format : SeatChartService.PageFormat.values()) {
            if (format.name().equalsIgnoreCase(size)) {
                return format;
            }
        }
        throw ProblemException.invalidField("size", Message.of("must be A3 or A4", "须为 A3 或 A4"));
    }

    @PUT
    @Path("/draft")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Write the hall's draft seat map from a grid spec", description = "The first draft needs"
            + " no If-Match (201), a change the ETag read (200). A spec that gives a seat twice, or a floor or block"
            + " twice, is a 400 naming where")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    @APIResponse(responseCode = "201", description = "Started", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    public Response writeDraft(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @Valid @NotNull SeatMapSpec spec,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null ? null : Versions.required(ifMatch);
        SeatMapService.Saved saved = seatMaps.saveDraft(meetingId, venueId, spaceId, expected, spec);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, Versions.etag(saved.map().version())).entity(saved.map()).build();
    }

    @PUT
    @Path("/draft/document")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Write the hall's draft seat map as a whole document", description = "The document a"
            + " version of the map is served with (its document field), edited: floors, blocks, rows and seats with"
            + " their ids and labels; its JSON Schema is " + SchemaResource.SEAT_MAP + ". The first draft needs no"
            + " If-Match (201), a change the ETag read (200). 400 naming where for a seat id given twice, two seats"
            + " at one place, a floor, block or row given twice, a row without seats, a seat without a label, an"
            + " aisle naming a floor or block the map lacks, or more seats than a map may have")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    @APIResponse(responseCode = "201", description = "Started", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    public Response writeDraftDocument(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeatMapDocument.class)),
                    extensions = @Extension(name = "x-json-schema", value = SchemaResource.SEAT_MAP))
            @Valid @NotNull SeatMapDocument document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null ? null : Versions.required(ifMatch);
        SeatMapService.Saved saved = seatMaps.saveDocument(meetingId, venueId, spaceId, expected, document);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, Versions.etag(saved.map().version())).entity(saved.map()).build();
    }

    @GET
    @Path("/draft")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Read the hall's draft seat map")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    public Response getDraft(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId) {
        SeatMapView draft = seatMaps.getDraft(meetingId, venueId, spaceId);
        return Response.ok(draft).header(HttpHeaders.ETAG, Versions.etag(draft.version())).build();
    }

    @POST
    @Path("/draft/validate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Check the draft against the published map", description = "Seats added and removed, and"
            + " the blocked or assigned seats it would lose, which keep it from being published")
    public SeatMapValidation validateDraft(@PathParam("meetingId") UUID meetingId,
            @PathParam("venueId") UUID venueId, @PathParam("spaceId") UUID spaceId) {
        return seatMaps.validate(meetingId, venueId, spaceId);
    }

    @POST
    @Path("/draft/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Publish the draft as the next version", description = "Needs If-Match with the draft's"
            + " ETag. Refused with 409 naming the seats when a blocked or assigned seat would disappear")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeatMapView.class)))
    public Response publishDraft(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SeatMapView map = seatMaps.publish(meetingId, venueId, spaceId, Versions.required(ifMatch));
        return Response.ok(map).header(HttpHeaders.ETAG, Versions.etag(map.version())).build();
    }

    @GET
    @Path("/blocks")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The hall's blocked seats, with why")
    public PageResult<SeatBlockView> listBlocks(@PathParam("meetingId") UUID meetingId,
            @PathParam("venueId") UUID venueId, @PathParam("spaceId") UUID spaceId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(seatMaps.blocks(meetingId, venueId, spaceId), paging);
    }

    @POST
    @Path("/blocks")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Block seats of the published map", description = "Each seat must be on the latest"
            + " published version (400 naming seatIds[i]); blocking a seat again replaces its reason. Returns the"
            + " seats blocked by this request")
    public SeatBlocks blockSeats(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @Valid @NotNull SeatBlockRequest request) {
        return new SeatBlocks(seatMaps.block(meetingId, venueId, spaceId, request));
    }

    @DELETE
    @Path("/blocks/{seatId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Put a blocked seat back in use")
    @APIResponse(responseCode = "204", description = "Unblocked")
    public Response unblockSeat(@PathParam("meetingId") UUID meetingId, @PathParam("venueId") UUID venueId,
            @PathParam("spaceId") UUID spaceId, @PathParam("seatId") String seatId) {
        seatMaps.unblock(meetingId, venueId, spaceId, seatId);
        return Response.noContent().build();
    }

    /** The seats a request blocked. */
    @Schema(name = "SeatBlocks")
    public record SeatBlocks(List<SeatBlockView> blocked) {
    }

    private static Integer number(String version) {
        if (version == null || version.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(version);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", Message.of("must be a published version's number, 1 or"
                    + " more", "须为已发布版本的编号（1 或以上）"));
        }
    }
}
