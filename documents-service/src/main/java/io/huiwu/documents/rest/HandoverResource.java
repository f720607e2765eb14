package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.HandoverPolicyRequest;
import io.huiwu.documents.api.HandoverPolicyView;
import io.huiwu.documents.api.HandoverView;
import io.huiwu.documents.service.HandoverService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-overs", description = "Copies handed over to their holder's unit (移交所在单位): no longer due"
        + " back. The hand-over itself is a copy's ledger entry (POST .../copies/{copyId}/hand-over).")
public class HandoverResource {

    private final HandoverService handovers;
    private final Caller caller;

    public HandoverResource(HandoverService handovers, Caller caller) {
        this.handovers = handovers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The hand-over register: every copy handed over to a holder's unit, in the order recorded")
    public PageResult<HandoverView> listHandovers(@PathParam("meetingId") UUID meetingId,
            @QueryParam("receiptNumber") @Size(max = 100) String receiptNumber,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(handovers.register(meetingId, receiptNumber == null || receiptNumber.isBlank() ? null
                : receiptNumber), paging);
    }

    @GET
    @Path("/receipt.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The receipt (移交清单) of one receipt number, to sign",
            description = "Every copy handed over under the number, with the unit, its receiver and the authoriser,"
                    + " and the lines the three sign; the chassis's print font embedded. Each print is recorded in"
                    + " the audit log (HANDOVER_RECEIPT_PRINTED). 404 for a number no hand-over carries.")
    @APIResponse(responseCode = "200", description = "The receipt", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getHandoverReceipt(@PathParam("meetingId") UUID meetingId,
            @QueryParam("receiptNumber") @NotBlank @Size(max = 100) String receiptNumber) {
        return Response.ok(handovers.receipt(meetingId, receiptNumber, caller.name()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"handover-receipt.pdf\"").build();
    }

    @GET
    @Path("/policy")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The highest mark whose copies may be handed over (by default everything below 绝密)")
    public HandoverPolicyView getHandoverPolicy(@PathParam("meetingId") UUID meetingId) {
        return handovers.policy(meetingId);
    }

    @PUT
    @Path("/policy")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the highest mark whose copies may be handed over to a holder's unit")
    public HandoverPolicyView setHandoverPolicy(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull HandoverPolicyRequest request) {
        return handovers.setPolicy(meetingId, request.highestLevel(), caller.name());
    }
}
