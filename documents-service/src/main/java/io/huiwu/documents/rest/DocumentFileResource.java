package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.FileView;
import io.huiwu.documents.domain.FileKind;
import io.huiwu.documents.service.DocumentFileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/documents/{documentId}")
@Tag(name = "Document files", description = DocumentFileResource.TAG)
public class DocumentFileResource {

    static final String TAG = "A document's file (PDF, or docx kept but not stamped), every upload a new version;"
            + " the meeting's size limit";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentFileService files;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public DocumentFileResource(DocumentFileService files, IdempotentRequests idempotency, Caller caller) {
        this.files = files;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/file")
    @Consumes({"application/pdf", DOCX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Upload the document's file, as its next version",
            description = "The body is the file itself. A PDF is what the numbered copies are stamped from; a docx"
                    + " is kept but not stamped. Above the meeting's limit: 413 naming it. The earlier versions are"
                    + " kept. Recorded in the audit log (FILE_UPLOADED).")
    @RequestBody(content = {@Content(mediaType = "application/pdf", schema = @Schema(type =
            SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type =
                    SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored as the next version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FileView.class)))
    public Response uploadDocumentFile(@PathParam("meetingId") UUID meetingId,
            @PathParam("documentId") UUID documentId,
            @QueryParam("fileName") @Size(max = 255) @Pattern(regexp = "[^\\p{Cntrl}/\\\\]*") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, byte[] content,
            @Context UriInfo uri) {
        byte[] body = content == null ? new byte[0] : content;
        Map<String, Object> fingerprint = new TreeMap<>();
        fingerprint.put("mediaType", String.valueOf(mediaType));
        fingerprint.put("fileName", String.valueOf(fileName));
        fingerprint.put("sizeBytes", body.length);
        fingerprint.put("sha256", DocumentFileService.sha256(body));
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/documents/"
                + documentId + "/file", fingerprint, () -> {
                    FileView stored = files.upload(meetingId, documentId, mediaType, fileName, body, caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().queryParam("version", stored.version())
                            .replaceQueryParam("fileName").build()).entity(stored).build();
                });
    }

    @GET
    @Path("/file")
    @Produces({"application/pdf", DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The document's file: the latest version, or the one asked for",
            description = "A state secret's read is recorded in the audit log (FILE_READ). The content's SHA-256 is"
                    + " in the Digest header.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type =
                    SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type =
                    SchemaType.STRING, format = "binary"))})
    public Response getDocumentFile(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId,
            @QueryParam("version") Integer version) {
        DocumentFileService.Content file = files.read(meetingId, documentId, version, caller.name());
        String name = file.file().fileName() != null ? file.file().fileName()
                : "document-v" + file.file().version() + FileKind.of(file.file().mediaType())
                        .map(FileKind::extension).orElse("");
        return Response.ok(file.bytes(), file.file().mediaType())
                .header("Content-Disposition", disposition(name))
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(file.file().sha256())))
                .header("X-File-Version", file.file().version()).build();
    }

    @GET
    @Path("/files")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The versions of the document's file, oldest first",
            description = "A state secret's list is recorded in the audit log (FILES_LISTED).")
    public PageResult<FileView> listDocumentFiles(@PathParam("meetingId") UUID meetingId,
            @PathParam("documentId") UUID documentId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(files.versions(meetingId, documentId, caller.name()), paging);
    }

    /** An attachment's name, in ASCII for old clients and in UTF-8 (RFC 6266) for the rest. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
