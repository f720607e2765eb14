package io.huiwu.venue.rest;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.venue.print.PdfSheet;
import io.huiwu.venue.service.SeatChartService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/name-cards.pdf")
@Tag(name = "Rostrum", description = "The rostrum (主席台) of a session, seated by protocol")
public class NameCardResource {

    private final SeatChartService charts;

    public NameCardResource(SeatChartService charts) {
        this.charts = charts;
    }

    @GET
    @Produces(PdfSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Name cards (座签) of the session's seated people, PDF", description = "An A4 landscape page"
            + " per person in seat order (the rostrum: rows from the front, each from the audience's left; the hall:"
            + " by floor, row and number), folded along the middle: the name as large as the page allows on both"
            + " halves, the top half upside down so that the card reads from both sides. 404 before the rostrum is"
            + " arranged; 409 naming source for a session without a hall with a published seat map")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = PdfSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getNameCards(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Whose cards: the rostrum's (default) or the hall's",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"rostrum", "hall"}))
            @QueryParam("source") String source) {
        return Response.ok(charts.nameCards(meetingId, sessionId, source(source)), PdfSheet.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"name-cards.pdf\"").build();
    }

    private static SeatChartService.CardSource source(String source) {
        if (source == null || source.isEmpty()) {
            return SeatChartService.CardSource.ROSTRUM;
        }
        for (SeatChartService.CardSource value : SeatChartService.CardSource.values()) {
            if (value.name().equals(source.toUpperCase(Locale.ROOT))) {
                return value;
            }
        }
        throw ProblemException.invalidField("source", Message.of("must be rostrum or hall", "须为 rostrum 或 hall"));
    }
}
