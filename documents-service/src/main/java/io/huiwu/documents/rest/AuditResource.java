package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.AuditEntryView;
import io.huiwu.documents.api.AuditVerificationView;
import io.huiwu.documents.service.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The meeting's audit log: every ledger entry and every read of a state secret's"
        + " record, as a SHA-256 hash chain. No operation changes or removes an entry.")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "The audit log, oldest entry first",
            description = "copyId, documentId, actor: only the entries of one copy, one document, one actor")
    public PageResult<AuditEntryView> listAuditEntries(@PathParam("meetingId") UUID meetingId,
            @QueryParam("copyId") UUID copyId, @QueryParam("documentId") UUID documentId,
            @QueryParam("actor") @Size(max = 200) String actor, @BeanParam @Valid PageRequest paging) {
        return audit.list(meetingId, copyId, documentId, actor == null || actor.isBlank() ? null : actor.strip(),
                paging);
    }

    @POST
    @Path("/verify")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Check the audit chain from its first entry",
            description = "Every entry must hold the hash of its own columns and link to the entry before it; the"
                    + " answer names the first entry that does not (HASH_MISMATCH or BROKEN_LINK). Changes nothing.")
    public AuditVerificationView verifyAuditChain(@PathParam("meetingId") UUID meetingId) {
        return audit.verify(meetingId);
    }
}
