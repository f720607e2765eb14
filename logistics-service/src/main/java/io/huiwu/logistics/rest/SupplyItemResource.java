package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.ShortageView;
import io.huiwu.logistics.api.StockMovementRequest;
import io.huiwu.logistics.api.StockMovementView;
import io.huiwu.logistics.api.SupplyItemRequest;
import io.huiwu.logistics.api.SupplyItemView;
import io.huiwu.logistics.service.KitService;
import io.huiwu.logistics.service.SupplyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

@Path("/api/v1/meetings/{meetingId}/supply-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplies", description = "Supplies and their stock against the budget, kits handed out at the desk"
        + " (会议用品)")
public class SupplyItemResource {

    private final SupplyService supplies;
    private final KitService kits;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SupplyItemResource(SupplyService supplies, KitService kits, IdempotentRequests idempotency, Caller caller) {
        this.supplies = supplies;
        this.kits = kits;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's supply items by name, with what is in stock")
    public PageResult<SupplyItemView> listSupplyItems(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(supplies.listItems(meetingId), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Add a supply item", description = "Its name is unique in the meeting; initialStock is"
            + " recorded as its first movement.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyItemView.class)))
    public Response createSupplyItem(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull SupplyItemRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "supply-items", idempotencyKey, request, uri,
                () -> supplies.createItem(meetingId, request, caller.name()), SupplyItemView::id,
                SupplyItemView::version);
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a supply item")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyItemView.class)))
    public Response getSupplyItem(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId) {
        SupplyItemView item = supplies.getItem(meetingId, itemId);
        return Response.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version())).build();
    }

    @PUT
    @Path("/{itemId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Change a supply item's name, unit, cost or budget line",
            description = "Needs If-Match. Stock changes only by movements (POST .../stock).")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyItemView.class)))
    public Response updateSupplyItem(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull SupplyItemRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SupplyItemView item = supplies.updateItem(meetingId, itemId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version())).build();
    }

    @POST
    @Path("/{itemId}/stock")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Record a delivery, a write-off or a count",
            description = "The stock never goes below zero (409 naming delta). Idempotency-Key: a retried delivery"
                    + " is recorded once.")
    @APIResponse(responseCode = "200", description = "The item with its new stock", headers = @Header(
            name = HttpHeaders.ETAG, ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupplyItemView.class)))
    public Response recordStockMovement(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @Valid @NotNull StockMovementRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            SupplyItemView item = supplies.recordMovement(meetingId, itemId, request, caller.name());
            return Response.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version())).build();
        });
    }

    @GET
    @Path("/{itemId}/movements")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "An item's stock movements, oldest first")
    public PageResult<StockMovementView> listStockMovements(@PathParam("meetingId") UUID meetingId,
            @PathParam("itemId") UUID itemId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(supplies.listMovements(meetingId, itemId), paging);
    }

    @GET
    @Path("/shortages")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "The shortage list (缺货清单)", description = "The items the kits still to hand out need"
            + " more of than is in stock, largest shortfall first; all=true lists every item a kit needs.")
    public PageResult<ShortageView> listShortages(@PathParam("meetingId") UUID meetingId,
            @QueryParam("all") boolean all, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(kits.shortages(meetingId, all), paging);
    }
}
