package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.InventoryRequest;
import io.huiwu.documents.api.InventoryScanRequest;
import io.huiwu.documents.api.InventoryScanView;
import io.huiwu.documents.api.InventoryView;
import io.huiwu.documents.service.InventoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/inventories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory checks", description = "点检: the copies found in a place, reconciled with the ledger")
public class InventoryResource {

    private final InventoryService inventories;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public InventoryResource(InventoryService inventories, IdempotentRequests idempotency, Caller caller) {
        this.inventories = inventories;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Open an inventory check of a place",
            description = "Optionally for some documents only (the place holds their copies); otherwise every"
                    + " document of the meeting. Recorded in the audit log (INVENTORY_OPENED).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryView.class)))
    public Response openInventory(@PathParam("meetingId") UUID meetingId, @Valid @NotNull InventoryRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/inventories", request,
                () -> {
                    InventoryView opened = inventories.open(meetingId, request, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build())
                            .entity(opened).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's inventory checks, oldest first, each closed one with its reconciliation")
    public PageResult<InventoryView> listInventories(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventories.list(meetingId), paging);
    }

    @GET
    @Path("/{checkId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "An inventory check; once closed, its reconciliation as it was at the close")
    public InventoryView getInventory(@PathParam("meetingId") UUID meetingId, @PathParam("checkId") UUID checkId) {
        return inventories.get(meetingId, checkId);
    }

    @GET
    @Path("/{checkId}/scans")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The copies scanned into a check, in the order they were")
    public PageResult<InventoryScanView> listInventoryScans(@PathParam("meetingId") UUID meetingId,
            @PathParam("checkId") UUID checkId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(inventories.scans(meetingId, checkId), paging);
    }

    @POST
    @Path("/{checkId}/scans")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Scan a copy found in the place into the check",
            description = "By its id, or its document and copy number. A copy scanned before is answered as it was"
                    + " (alreadyScanned), nothing changed; a copy that is not the meeting's is 400 naming it; a"
                    + " closed check is 409. The first scan of a copy is recorded in the audit log (COPY_SCANNED).")
    public InventoryScanView scanCopy(@PathParam("meetingId") UUID meetingId, @PathParam("checkId") UUID checkId,
            @Valid @NotNull InventoryScanRequest request) {
        return inventories.scan(meetingId, checkId, request, caller.name());
    }

    @POST
    @Path("/{checkId}/close")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Close the check and reconcile it with the ledger",
            description = "Expected: the copies in custody (not out with a holder, missing or destroyed) of the"
                    + " check's documents; found: those scanned; missing from the shelf: expected, not scanned;"
                    + " unexpected: scanned, not expected, each with why and its last ledger entry. Kept with the"
                    + " check; recorded in the audit log (INVENTORY_CLOSED). A closed check is 409.")
    public InventoryView closeInventory(@PathParam("meetingId") UUID meetingId, @PathParam("checkId") UUID checkId) {
        return inventories.close(meetingId, checkId, caller.name());
    }
}
