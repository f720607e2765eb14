package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.documents.api.FileLimitRequest;
import io.huiwu.documents.api.FileLimitView;
import io.huiwu.documents.service.DocumentFileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/file-limit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Document files", description = DocumentFileResource.TAG)
public class FileLimitResource {

    private final DocumentFileService files;
    private final Caller caller;

    public FileLimitResource(DocumentFileService files, Caller caller) {
        this.files = files;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The largest document file the meeting accepts")
    public FileLimitView getFileLimit(@PathParam("meetingId") UUID meetingId) {
        return files.limit(meetingId);
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the largest document file the meeting accepts",
            description = "At most huiwu.documents.files.highest-max-bytes (100 MiB); files already stored stay.")
    public FileLimitView setFileLimit(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull FileLimitRequest request) {
        return files.setLimit(meetingId, request.maxBytes(), caller.name());
    }
}
