package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DestructionRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/copies/{copyId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Copies", description = "Each numbered copy's ledger: issue, return, transfer, loan, missing, found,"
        + " destruction. Entries are never changed; a move the copy's state does not allow is 409 naming the state.")
public class CopyResource {

    private final CopyLedgerService ledger;
    private final Caller caller;
    private final AuditLog audit;

    public CopyResource(CopyLedgerService ledger, Caller caller, AuditLog audit) {
        this.ledger = ledger;
        this.caller = caller;
        this.audit = audit;
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
    @Operation(summary = "Destroy a copy in custody, with an approval and two supervisors",
            description = "A copy that is out (due back) or missing is never destroyed. Publishes"
                    + " material-destroyed.")
    public CopyView destroyCopy(@PathParam("meetingId") UUID meetingId, @PathParam("copyId") UUID copyId,
            @Valid @NotNull DestructionRequest request) {
        return ledger.record(meetingId, copyId, new Entry(Move.of(LedgerAction.DESTROYED), null, null,
                request.approval(), request.supervisors(), request.note(), null, request.happenedAt()),
                caller.name());
    }
}
