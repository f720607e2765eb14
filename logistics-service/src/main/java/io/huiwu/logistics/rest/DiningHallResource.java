package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.DiningHallRequest;
import io.huiwu.logistics.api.DiningHallView;
import io.huiwu.logistics.api.DiningTableRequest;
import io.huiwu.logistics.api.DiningTableView;
import io.huiwu.logistics.service.DiningService;
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

@Path("/api/v1/meetings/{meetingId}/dining-halls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining", description = "Dining halls, tables and meals, and who sits where (生活保障: meals, table cards)")
public class DiningHallResource {

    private final DiningService dining;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public DiningHallResource(DiningService dining, IdempotentRequests idempotency, Caller caller) {
        this.dining = dining;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's dining halls by name, each with how many tables and seats it has")
    public PageResult<DiningHallView> listDiningHalls(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(dining.listHalls(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a dining hall", description = "Its name is unique in the meeting.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningHallView.class)))
    public Response createDiningHall(@PathParam("meetingId") UUID meetingId, @Valid @NotNull DiningHallRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "dining-halls", idempotencyKey, request, uri,
                () -> dining.createHall(meetingId, request, caller.name()), DiningHallView::id,
                DiningHallView::version);
    }

    @GET
    @Path("/{hallId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a dining hall")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningHallView.class)))
    public Response getDiningHall(@PathParam("meetingId") UUID meetingId, @PathParam("hallId") UUID hallId) {
        DiningHallView hall = dining.getHall(meetingId, hallId);
        return Response.ok(hall).header(HttpHeaders.ETAG, Versions.etag(hall.version())).build();
    }

    @PUT
    @Path("/{hallId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a dining hall's name or location", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningHallView.class)))
    public Response updateDiningHall(@PathParam("meetingId") UUID meetingId, @PathParam("hallId") UUID hallId,
            @Valid @NotNull DiningHallRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DiningHallView hall = dining.updateHall(meetingId, hallId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(hall).header(HttpHeaders.ETAG, Versions.etag(hall.version())).build();
    }

    @DELETE
    @Path("/{hallId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Remove a dining hall that has no tables and no meals left")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteDiningHall(@PathParam("meetingId") UUID meetingId, @PathParam("hallId") UUID hallId) {
        dining.deleteHall(meetingId, hallId);
    }

    @GET
    @Path("/{hallId}/tables")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "A hall's tables in rank order: the main table, then by nearness to it, right above left")
    public PageResult<DiningTableView> listDiningTables(@PathParam("meetingId") UUID meetingId,
            @PathParam("hallId") UUID hallId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(dining.listTables(meetingId, hallId), paging);
    }

    @POST
    @Path("/{hallId}/tables")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a table to a hall", description = "At most 10 seats; its number is unique in the hall;"
            + " one main table per hall.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiningTableView.class)))
    public Response createDiningTable(@PathParam("meetingId") UUID meetingId, @PathParam("hallId") UUID hallId,
            @Valid @NotNull DiningTableRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "dining-tables", idempotencyKey, request, uri,
                () -> dining.createTable(meetingId, hallId, request), DiningTableView::id, DiningTableView::version);
    }
}
