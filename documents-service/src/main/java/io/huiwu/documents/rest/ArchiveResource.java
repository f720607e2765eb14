package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.documents.service.ArchivePackage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/meetings/{meetingId}/archive.zip")
@Tag(name = "Archive", description = "立卷归档: the meeting's registers and ledgers as signed paper records, hashed")
public class ArchiveResource {

    private static final String ZIP = "application/zip";

    private final ArchivePackage archive;
    private final Caller caller;

    public ArchiveResource(ArchivePackage archive, Caller caller) {
        this.archive = archive;
        this.caller = caller;
    }

    @GET
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's archive package",
            description = "A zip of the documents register, every copy's ledger, the issue and return registers"
                    + " (发放登记表, 清退登记表) and the recall report, each a PDF with signature lines, and"
                    + " manifest.json with the SHA-256 of each entry (also in the X-Manifest-SHA256 header). Each"
                    + " export is recorded in the audit log (ARCHIVE_EXPORTED).")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getArchive(@PathParam("meetingId") UUID meetingId) {
        ArchivePackage.Archive made = archive.export(meetingId, caller.name());
        return Response.ok(made.zip(), ZIP).header("X-Manifest-SHA256", made.manifestSha256())
                .header("Content-Disposition", "attachment; filename=\"archive-" + meetingId + ".zip\"").build();
    }
}
