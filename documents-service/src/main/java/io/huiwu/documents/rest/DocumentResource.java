package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.documents.api.CopyBatchRequest;
import io.huiwu.documents.api.CopyBatchView;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DocumentRequest;
import io.huiwu.documents.api.DocumentView;
import io.huiwu.documents.service.AuditLog;
import io.huiwu.documents.service.DocumentService;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Documents, their marks (密级★期限, 内部) and their numbered copies (份号)")
public class DocumentResource {

    private final DocumentService documents;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final AuditLog audit;

    public DocumentResource(DocumentService documents, IdempotentRequests idempotency, Caller caller,
            AuditLog audit) {
        this.documents = documents;
        this.idempotency = idempotency;
        this.caller = caller;
        this.audit = audit;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Register a document with its mark",
            description = "A secret level (秘密, 机密, 绝密) needs its term; 内部 is never combined with one.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response registerDocument(@PathParam("meetingId") UUID meetingId, @Valid @NotNull DocumentRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/documents", request,
                () -> {
                    DocumentView created = documents.register(meetingId, request, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's documents, oldest first",
            description = "A page that shows a state secret is recorded in the audit log (DOCUMENTS_LISTED).")
    public PageResult<DocumentView> listDocuments(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        PageResult<DocumentView> page = PageResult.of(documents.list(meetingId), paging);
        List<String> secrets = page.items().stream().filter(d -> d.classification().isStateSecret())
                .map(d -> d.id().toString()).toList();
        if (!secrets.isEmpty()) {
            audit.append(meetingId, caller.name(), AuditLog.DOCUMENTS_LISTED, null, null,
                    AuditLog.detail("documentIds", secrets, "page", paging.page(), "size", paging.size()));
        }
        return page;
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Read a document", description = "A state secret's read is recorded in the audit log"
            + " (DOCUMENT_READ).")
    public DocumentView getDocument(@PathParam("meetingId") UUID meetingId,
            @PathParam("documentId") UUID documentId) {
        DocumentView document = documents.get(meetingId, documentId);
        audit.read(meetingId, caller.name(), AuditLog.DOCUMENT_READ, document.classification(), document.id(), null,
                AuditLog.detail("title", document.title(), "marking", document.marking()));
        return document;
    }

    @POST
    @Path("/{documentId}/copies")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Number a batch of copies (份号)",
            description = "The first batch is numbered from 000001; every later batch needs an approval and is"
                    + " numbered on. Each copy's ledger starts with REGISTERED.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CopyBatchView.class)))
    public Response makeCopies(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId,
            @Valid @NotNull CopyBatchRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/documents/" + documentId
                + "/copies", request, () -> Response.status(Response.Status.CREATED)
                .entity(documents.makeCopies(meetingId, documentId, request, caller.name())).build());
    }

    @GET
    @Path("/{documentId}/copies")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A document's copies by copy number, each with its state and holder",
            description = "A state secret's list is recorded in the audit log (COPIES_LISTED).")
    public PageResult<CopyView> listCopies(@PathParam("meetingId") UUID meetingId,
            @PathParam("documentId") UUID documentId, @BeanParam @Valid PageRequest paging) {
        PageResult<CopyView> page = PageResult.of(documents.copies(meetingId, documentId), paging);
        if (!page.items().isEmpty()) {
            audit.read(meetingId, caller.name(), AuditLog.COPIES_LISTED, page.items().get(0).classification(),
                    documentId, null, AuditLog.detail("copyNumbers", page.items().stream().map(CopyView::copyNumber)
                            .toList()));
        }
        return page;
    }
}
