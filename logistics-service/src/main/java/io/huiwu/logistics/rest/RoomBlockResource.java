package io.huiwu.logistics.rest;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.RoomBlockRequest;
import io.huiwu.logistics.api.RoomBlockUsageView;
import io.huiwu.logistics.api.RoomBlockView;
import io.huiwu.logistics.service.RoomBlockService;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/room-blocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class RoomBlockResource {

    private final RoomBlockService blocks;
    private final Caller caller;

    public RoomBlockResource(RoomBlockService blocks, Caller caller) {
        this.blocks = blocks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Rooms held against rooms used, per night", description = "Per night, hotel and room type:"
            + " rooms blocked, used (rooms with a stay not cancelled that covers the night), free and over the block"
            + " (flagged); and per night the totals over all hotels. One hotel, or one night, when asked.")
    public RoomBlockUsageView usage(@PathParam("meetingId") UUID meetingId, @QueryParam("hotelId") UUID hotelId,
            @Parameter(description = "One night only (a date, 2027-03-04)") @QueryParam("night")
            @Nullable String night) {
        return blocks.usage(meetingId, hotelId, date(night));
    }

    private static LocalDate date(String night) {
        if (night == null || night.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(night.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("night", Message.of("must be a date such as 2027-03-04",
                    "必须是日期，如 2027-03-04"));
        }
    }

    @GET
    @Path("/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A hotel's block", description = "404 until the block is set.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomBlockView.class)))
    public Response get(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        RoomBlockView block = blocks.get(meetingId, hotelId);
        return Response.ok(block).header(HttpHeaders.ETAG, Versions.etag(block.version())).build();
    }

    @PUT
    @Path("/{hotelId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Set a hotel's whole block (预订房间数)", description = "Replaces the rooms held per night and"
            + " room type, the release date and the rate note. The first time without If-Match; after that If-Match"
            + " is needed. Each night and type once, rooms 0 or more, nights within the meeting's nights when its"
            + " dates are known (400 naming the field).")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomBlockView.class)))
    public Response put(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @Valid @NotNull RoomBlockRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RoomBlockView block = blocks.put(meetingId, hotelId,
                ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch), request, caller.name());
        return Response.ok(block).header(HttpHeaders.ETAG, Versions.etag(block.version())).build();
    }
}
