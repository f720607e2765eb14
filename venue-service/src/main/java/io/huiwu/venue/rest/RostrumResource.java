package io.huiwu.venue.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.venue.api.RostrumRequest;
import io.huiwu.venue.api.RostrumView;
import io.huiwu.venue.print.PdfSheet;
import io.huiwu.venue.print.SvgSheet;
import io.huiwu.venue.service.RostrumService;
import io.huiwu.venue.service.SeatChartService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/rostrum")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rostrum", description = "The rostrum (主席台) of a session, seated by protocol")
public class RostrumResource {

    private static final String CHART = "The rostrum's rows with the front row nearest the audience (观众席, at the"
            + " bottom), each seat at its place from the centre axis (marked) with the person's name and rank, names"
            + " from the audience's left to right";

    private final RostrumService rostrums;
    private final SeatChartService charts;

    public RostrumResource(RostrumService rostrums, SeatChartService charts) {
        this.rostrums = rostrums;
        this.charts = charts;
    }

    @PUT
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE})
    @Operation(summary = "Arrange the session's rostrum", description = "Seats active attendees given in rank order"
            + " on the rows asked for, front rows first, each row centred by the policy (左为上 or 右为上; for an even"
            + " count 1 and 2 sharing the centre or 双数单摆); pinned people keep their seat. The first arrangement"
            + " needs no If-Match (201), a new one the ETag read (200). Publishes rostrum-arranged on venue.seating.")
    @APIResponse(responseCode = "200", description = "Arranged again", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RostrumView.class)))
    @APIResponse(responseCode = "201", description = "Arranged", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RostrumView.class)))
    public Response arrangeRostrum(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull RostrumRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null ? null : Versions.required(ifMatch);
        RostrumService.Arranged arranged = rostrums.arrange(meetingId, sessionId, expected, request);
        return Response.status(arranged.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, Versions.etag(arranged.rostrum().version())).entity(arranged.rostrum())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read the session's rostrum", description = "Rows from the front, each seat from the"
            + " audience's left with its person, rank and rule, and the names of each row as printed")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RostrumView.class)))
    public Response getRostrum(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        RostrumView rostrum = rostrums.get(meetingId, sessionId);
        return Response.ok(rostrum).header(HttpHeaders.ETAG, Versions.etag(rostrum.version())).build();
    }

    @GET
    @Path("/chart.svg")
    @Produces(SvgSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The rostrum chart (主席台座次图) as SVG", description = CHART)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = SvgSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    public Response getRostrumChartSvg(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return Response.ok(charts.rostrumSvg(meetingId, sessionId), SvgSheet.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"rostrum-chart.svg\"").build();
    }

    @GET
    @Path("/chart.pdf")
    @Produces(PdfSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The rostrum chart (主席台座次图) on one landscape page", description = CHART
            + "; scaled to fit an A3 (default) or A4 page, with the date printed at its foot")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PdfSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getRostrumChartPdf(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "The page, landscape; A3 when absent", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"A3", "A4"})) @QueryParam("size") String size) {
        return Response.ok(charts.rostrumPdf(meetingId, sessionId, SeatMapResource.pageFormat(size)),
                PdfSheet.MEDIA_TYPE).header("Content-Disposition", "inline; filename=\"rostrum-chart.pdf\"")
                .build();
    }
}
