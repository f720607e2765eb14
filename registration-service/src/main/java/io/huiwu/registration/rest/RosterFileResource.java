package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.registration.api.ImportJobView;
import io.huiwu.registration.service.RosterImportService;
import io.huiwu.registration.service.RosterSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}")
@Tag(name = "Roster")
public class RosterFileResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterImportService imports;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public RosterFileResource(RosterImportService imports, IdempotentRequests idempotency, Caller caller) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/attendee-imports")
    @Consumes({XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Import a roster from .xlsx or .csv",
            description = "202 with the job to follow. The first row holds headings: 姓名, 性别, 类别 and any of 代表团,"
                    + " 单位, 职务, 排序, 电话, 证件类型, 身份证号, 民族, 界别, 党派, 职级, 团内职务, 随行对象, 饮食, 无障碍需求,"
                    + " 健康需求 (or the API's field names). Values are written as people write them (男, 出席, 回族,"
                    + " 民盟, 正厅级, 团长, 清真、不吃海鲜) or as the API's codes. A 随行 row names its principal in 随行对象"
                    + " by the principal's row in the file (第5行), ID number or attendee id. All rows are imported, or"
                    + " none if any is refused; every refused row is reported with its number, field and reason. CSV"
                    + " may be UTF-8 or GB18030.")
    @APIResponse(responseCode = "202", description = "Accepted: the job to follow", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response importRoster(@PathParam("meetingId") UUID meetingId, byte[] file,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("fileName") @Size(max = 200) String fileName,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        byte[] content = file == null ? new byte[0] : file;
        RosterSheets.Format format = format(contentType, content);
        UploadedFile upload = new UploadedFile(sha256(content), format.name(), fileName);
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/attendee-imports",
                upload, () -> {
                    ImportJobView job = imports.start(meetingId, content, format, fileName, caller.name());
                    return Response.accepted(job)
                            .location(uri.getBaseUriBuilder().path("api/v1/meetings").path(meetingId.toString())
                                    .path("attendee-imports").path(job.id().toString()).build())
                            .type(MediaType.APPLICATION_JSON).build();
                });
    }

    /** What makes two uploads the same request: the file's content (by its digest), format and name. */
    record UploadedFile(String sha256, String format, String fileName) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/attendee-imports/{importId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Follow an import: its progress, and when done, what was imported or refused")
    public ImportJobView getRosterImport(@PathParam("meetingId") UUID meetingId, @PathParam("importId") UUID importId) {
        return imports.get(meetingId, importId);
    }

    private static RosterSheets.Format format(String contentType, byte[] file) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith(XLSX)) {
            return RosterSheets.Format.XLSX;
        }
        if (type.startsWith("text/csv")) {
            return RosterSheets.Format.CSV;
        }
        // octet-stream: an .xlsx file is a zip archive
        return file != null && file.length > 1 && file[0] == 'P' && file[1] == 'K' ? RosterSheets.Format.XLSX
                : RosterSheets.Format.CSV;
    }
}
