package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DestructionConfirmation;
import io.huiwu.documents.api.DestructionRegisterView;
import io.huiwu.documents.api.DestructionRequest;
import io.huiwu.documents.api.DestructionRequestView;
import io.huiwu.documents.api.HandoverRequest;
import io.huiwu.documents.api.IssueRequest;
import io.huiwu.documents.api.LedgerEntryView;
import io.huiwu.documents.api.LedgerNoteRequest;
import io.huiwu.documents.api.LoanRequest;
import io.huiwu.documents.api.ReturnRequest;
import io.huiwu.documents.api.TransferRequest;
import io.huiwu.documents.domain.ConfidentialCopy.Move;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.service.AuditLog;
import io.huiwu.documents.service.CopyLedgerService;
import io.huiwu.documents.service.CopyLedgerService.Entry;
import io.huiwu.documents.service.DestructionService;
import io.huiwu.documents.service.StampedCopies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/copies/{copyId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Copies", description = "Each numbered copy's ledger: issue, return, transfer, loan, missing, found,"
        + " hand-over to the holder's unit, destruction. Entries are never changed; a move the copy's state does not"
        + " allow is 409 naming the state.")
public class CopyResource {

    private final CopyLedgerService ledger;
    private final Caller caller;
    private final AuditLog audit;
    private final DestructionService destruction;
    private final StampedCopies stamped;

    public CopyResource(CopyLedgerService ledger, Caller caller, AuditLog audit, DestructionService destruction,
            StampedCopies stamped) {
        this.ledger = ledger;
        this.caller = caller;
        this.audit = audit;
        this.destruction = destruction;
        this.stamped = stamped;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A copy: its state and holder now",
            description = "A state secret's read is recorded in the audit log (COPY_READ).")
    public CopyView getCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId) {
        CopyView copy = ledger.get(meetingId, copyId);
        audit.read(meetingId, caller.name(), AuditLog.COPY_READ, copy.classification(), copy.documentId(), copyId,
                AuditLog.detail("copyNumber", copy.copyNumber()));
        return copy;
    }

    @GET
    @Path("/ledger")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A copy's ledger, oldest entry first",
            description = "A state secret's ledger read is recorded in the audit log (LEDGER_READ).")
    public PageResult<LedgerEntryView> listLedgerEntries(@PathParam("meetingId") UUID meetingId,
            @PathParam("copyId") UUID copyId, @BeanParam @Valid PageRequest paging) {
        CopyView copy = ledger.get(meetingId, copyId);
        PageResult<LedgerEntryView> page = PageResult.of(ledger.history(meetingId, copyId), paging);
        audit.read(meetingId, caller.name(), AuditLog.LEDGER_READ, copy.classification(), copy.documentId(), copyId,
                AuditLog.detail("copyNumber", copy.copyNumber(), "page", paging.page(), "size", paging.size()));
        return page;
    }

    @GET
    @Path("/file.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The copy's file: the document's PDF stamped with the copy number, mark and holder",
            description = "Made from the document's current PDF on every download, never stored: 份号, 密级★期限"
                    + " and the holder on every page. Each download is recorded in the audit log"
                    + " (COPY_FILE_DOWNLOADED). 409 for a document without a PDF, or a destroyed copy.")
    @APIResponse(responseCode = "200", description = "The stamped PDF", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getCopyFile(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId) {
        StampedCopies.StampedFile file = stamped.download(meetingId, copyId, caller.name());
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @POST
    @Path("/issue")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Issue a copy in custody to a person, who signs for it",
            description = "Refused for a withdrawn person or one cleared below the document. Publishes"
                    + " material-issued.")
    public CopyView issueCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull IssueRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.to(LedgerAction.ISSUED, request.holderId()),
                request.receivedBy(), null, null, null, request.note(), request.authorisedBy(), request.happenedAt()),
                caller.name());
    }

    @POST
    @Path("/return")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Take a copy back (清退)", description = "Publishes material-returned.")
    public CopyView returnCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull ReturnRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.of(LedgerAction.RETURNED), request.receivedBy(),
                null, null, null, request.note(), request.authorisedBy(), request.happenedAt()), caller.name());
    }

    @POST
    @Path("/transfer")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Record that the holder handed the copy to another person without returning it",
            description = "Accepted only from the copy's current holder. Publishes material-transferred.")
    public CopyView transferCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull TransferRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.transfer(request.fromHolderId(),
                request.toHolderId()), request.receivedBy(), null, null, null, request.note(),
                request.authorisedBy(), request.happenedAt()), caller.name());
    }

    @POST
    @Path("/hand-over")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Hand a copy out with a holder over to the holder's unit (移交所在单位)",
            description = "The unit takes it into its own register against a receipt (移交清单, see"
                    + " .../handovers/receipt.pdf): the copy is no longer due back, for the recall and the holder's"
                    + " clearance. Refused for a copy that is not out (409), one marked above the meeting's policy"
                    + " (422; by default 绝密 is never handed over), and one whose document is under a hold (409)."
                    + " Publishes material-handed-over.")
    public CopyView handOverCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull HandoverRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.of(LedgerAction.HANDED_OVER), request.receivedBy(),
                null, null, null, request.note(), request.authorisedBy(), request.happenedAt(), request.unit(),
                request.receiptNumber()), caller.name());
    }

    @POST
    @Path("/loan")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Lend a copy in custody to a temporary reader or the press, due back at a time")
    public CopyView loanCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull LoanRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.to(LedgerAction.LOANED, request.holderId()),
                request.receivedBy(), request.dueAt(), null, null, request.note(), request.authorisedBy(),
                request.happenedAt()), caller.name());
    }

    @POST
    @Path("/missing")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Report a copy that is out as missing", description = "Publishes material-missing.")
    public CopyView reportCopyMissing(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull LedgerNoteRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.of(LedgerAction.MISSING), null, null, null, null,
                request.note(), request.authorisedBy(), request.happenedAt()), caller.name());
    }

    @POST
    @Path("/found")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Record that a missing copy is back in custody", description = "Publishes material-found.")
    public CopyView recordCopyFound(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull LedgerNoteRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.of(LedgerAction.FOUND), null, null, null, null,
                request.note(), request.authorisedBy(), request.happenedAt()), caller.name());
    }

    @POST
    @Path("/destroy")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Ask for a copy's destruction, as its first supervisor, with the approval",
            description = "A different member of staff confirms it (destroy/confirm). Refused (409, naming why) for"
                    + " a copy that is out (still due for return), missing or destroyed, for one whose document is"
                    + " under a hold, and while another request for the copy waits.")
    @APIResponse(responseCode = "202", description = "Asked for; waits for the second supervisor", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DestructionRequestView.class)))
    public Response requestCopyDestruction(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull DestructionRequest request) {
        return Response.accepted(destruction.request(meetingId, copyId, request, caller.name())).build();
    }

    @POST
    @Path("/destroy/confirm")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Confirm a copy's destruction, as its second supervisor",
            description = "Only a member of staff other than the one who asked for it, naming the same approval."
                    + " Writes the copy's DESTROYED entry (both supervisors on it) and a line of the destruction"
                    + " register; the same refusals as the request. Publishes material-destroyed.")
    public DestructionRegisterView confirmCopyDestruction(@PathParam("meetingId") UUID meetingId,
            @PathParam("copyId") UUID copyId, @Valid @NotNull DestructionConfirmation confirmation) {
        return destruction.confirm(meetingId, copyId, confirmation, caller.name());
    }
}
