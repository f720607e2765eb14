package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.RoomingChangesView;
import io.huiwu.logistics.api.RoomingListVersionView;
import io.huiwu.logistics.api.RoomingMappingRequest;
import io.huiwu.logistics.api.RoomingMappingView;
import io.huiwu.logistics.service.ConfirmationImport;
import io.huiwu.logistics.service.DoorLabels;
import io.huiwu.logistics.service.RoomingListService;
import io.huiwu.logistics.service.RoomingSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/hotels/{hotelId}")
@Tag(name = "Lodging")
public class RoomingListResource {

    private final RoomingListService lists;
    private final ConfirmationImport confirmations;
    private final DoorLabels labels;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public RoomingListResource(RoomingListService lists, ConfirmationImport confirmations, DoorLabels labels,
            IdempotentRequests idempotency, Caller caller) {
        this.lists = lists;
        this.confirmations = confirmations;
        this.labels = labels;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Path("/rooming-list.xlsx")
    @Produces(RoomingSheets.XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The hotel's rooming list (.xlsx)", description = "A row per guest with a stay booked or"
            + " arrived, room by room: sharers of a room have one group number and name each other. Columns and"
            + " headers as the hotel's saved mapping says (the default layout while none is saved).")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = RoomingSheets.XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response getRoomingList(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        return Response.ok(lists.workbook(meetingId, hotelId), RoomingSheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"rooming-list.xlsx\"").build();
    }

    @GET
    @Path("/rooming-list/mapping")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The hotel's rooming list layout (the default one while none is saved)")
    public RoomingMappingView getRoomingMapping(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId) {
        return lists.mapping(meetingId, hotelId);
    }

    @PUT
    @Path("/rooming-list/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Save the hotel's rooming list layout", description = "The columns in order: which field"
            + " under which header; each field and each header once, NAME required (confirmations are matched by"
            + " the headers of this layout).")
    public RoomingMappingView putRoomingMapping(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId, @Valid @NotNull RoomingMappingRequest request) {
        return lists.saveMapping(meetingId, hotelId, request, caller.name());
    }

    @POST
    @Path("/rooming-list/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Record the list as sent to the hotel", description = "The first version is the full list;"
            + " each later one is the change request against the one before (added, removed, changed fields), and"
            + " is refused (409) when nothing changed. Idempotency-Key replays the answer.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomingListVersionView.class)))
    public Response sendRoomingList(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), hotelId, () -> {
            RoomingListVersionView version = lists.send(meetingId, hotelId, caller.name());
            return Response.status(Response.Status.CREATED).entity(version).type(MediaType.APPLICATION_JSON)
                    .build();
        });
    }

    @POST
    @Path("/rooming-list/confirmations")
    @Consumes({RoomingSheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Read the hotel's confirmation numbers back (.xlsx)", description = "The hotel's list with"
            + " its confirmation numbers: columns found by the headers of the hotel's layout (NAME and CONFIRMATION;"
            + " ROOM is checked when present). Every row is checked first: a row refused (unknown guest, room"
            + " mismatch, a confirmation number twice) refuses the whole file (400, each row with its number, column"
            + " and reason) unless partial=true, which applies the good rows and answers the others. Rows without a"
            + " confirmation number are left alone. Idempotency-Key replays the answer.")
    public Response importConfirmations(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId,
            @QueryParam("partial") boolean partial, byte[] file,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        byte[] content = file == null ? new byte[0] : file;
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), new Upload(sha256(content), partial),
                () -> Response.ok(confirmations.apply(meetingId, hotelId, content, partial, caller.name()))
                        .type(MediaType.APPLICATION_JSON).build());
    }

    /** What makes two uploads the same request: the file's content (by its digest) and how it is applied. */
    record Upload(String sha256, boolean partial) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/rooming-list/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The lists sent to the hotel, oldest first, with the change request each made")
    public PageResult<RoomingListVersionView> listRoomingListVersions(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(lists.versions(meetingId, hotelId), paging);
    }

    @GET
    @Path("/rooming-list/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "What changed since a version sent (the last one by default)", description = "Guests added,"
            + " removed, and each field changed with its old and new value; 409 while no list was sent.")
    public RoomingChangesView getRoomingListChanges(@PathParam("meetingId") UUID meetingId,
            @PathParam("hotelId") UUID hotelId, @QueryParam("since") @Min(1) @Max(100_000) Integer since) {
        return lists.changes(meetingId, hotelId, since);
    }

    @GET
    @Path("/door-labels")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Door labels (门贴), PDF", description = "An A5 page per room with a stay booked or arrived:"
            + " the hotel, the room number large, each occupant's name and delegation; font embedded.")
    @APIResponse(responseCode = "200", description = "The labels", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public Response getDoorLabels(@PathParam("meetingId") UUID meetingId, @PathParam("hotelId") UUID hotelId) {
        return Response.ok(labels.print(meetingId, hotelId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"door-labels.pdf\"").build();
    }
}
