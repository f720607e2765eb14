package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.DiningTableRequest;
import io.huiwu.logistics.api.DiningTableView;
import io.huiwu.logistics.service.DiningService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/meetings/{meetingId}/dining-tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining")
public class DiningTableResource {

    private final DiningService dining;

    public DiningTableResource(DiningService dining) {
        this.dining = dining;
    }

    @GET
    @Path("/{tableId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a table, with its rank in the hall")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningTableView.class)))
    public Response getDiningTable(@PathParam("meetingId") UUID meetingId, @PathParam("tableId") UUID tableId) {
        DiningTableView table = dining.getTable(meetingId, tableId);
        return Response.ok(table).header(HttpHeaders.ETAG, Versions.etag(table.version())).build();
    }

    @PUT
    @Path("/{tableId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a table", description = "Needs If-Match. It keeps at least as many seats as are"
            + " given at any meal.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningTableView.class)))
    public Response updateDiningTable(@PathParam("meetingId") UUID meetingId, @PathParam("tableId") UUID tableId,
            @Valid @NotNull DiningTableRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DiningTableView table = dining.updateTable(meetingId, tableId, Versions.required(ifMatch), request);
        return Response.ok(table).header(HttpHeaders.ETAG, Versions.etag(table.version())).build();
    }

    @DELETE
    @Path("/{tableId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a table nobody has a seat at")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteDiningTable(@PathParam("meetingId") UUID meetingId, @PathParam("tableId") UUID tableId) {
        dining.deleteTable(meetingId, tableId);
    }
}
