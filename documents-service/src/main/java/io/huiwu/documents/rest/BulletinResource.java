package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.BulletinRequest;
import io.huiwu.documents.api.PublicationView;
import io.huiwu.documents.api.PublishRequest;
import io.huiwu.documents.service.PublicationService;
import io.huiwu.documents.service.PublicationService.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "会议简报: numbered issues 第N期, drafted, approved by another, published to"
        + " a distribution list")
public class BulletinResource {

    private static final String KIND = PublicationService.BULLETIN;

    private final PublicationService publications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public BulletinResource(PublicationService publications, IdempotentRequests idempotency, Caller caller) {
        this.publications = publications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Draft a bulletin", description = "The caller is its author.")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationView.class)))
    public Response draftBulletin(@PathParam("meetingId") UUID meetingId, @Valid @NotNull BulletinRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/bulletins", request,
                () -> {
                    PublicationView drafted = publications.draft(meetingId, KIND, text(request), caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build())
                            .entity(drafted).build();
                });
    }

    @PUT
    @Path("/{bulletinId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Revise a draft bulletin", description = "Only while it is a draft (409 otherwise).")
    public PublicationView reviseBulletin(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id,
            @Valid @NotNull BulletinRequest request) {
        return publications.revise(meetingId, KIND, id, text(request));
    }

    @POST
    @Path("/{bulletinId}/submit")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Submit a draft bulletin for approval", description = "Only a draft (409 otherwise).")
    public PublicationView submitBulletin(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id) {
        return publications.submit(meetingId, KIND, id, caller.name());
    }

    @POST
    @Path("/{bulletinId}/approve")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Approve a submitted bulletin",
            description = "By someone other than its author (409 otherwise); only a submitted one (409 otherwise).")
    public PublicationView approveBulletin(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id) {
        return publications.approve(meetingId, KIND, id, caller.name());
    }

    @POST
    @Path("/{bulletinId}/publish")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Publish an approved bulletin to its distribution list",
            description = "Categories and delegations someone on the roster has, and persons on the roster (each"
                    + " other one is 400 naming it), at least one. The bulletin takes the meeting's next number (第N期,"
                    + " gap-free); publishes bulletin-published.")
    public PublicationView publishBulletin(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id,
            @Valid @NotNull PublishRequest request) {
        return publications.publish(meetingId, KIND, id, request, caller.name());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's bulletins, oldest first, in every state")
    public PageResult<PublicationView> listBulletins(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(publications.list(meetingId, KIND), paging);
    }

    @GET
    @Path("/{bulletinId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A bulletin")
    public PublicationView getBulletin(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id) {
        return publications.get(meetingId, KIND, id);
    }

    @GET
    @Path("/{bulletinId}/bulletin.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The bulletin printed in the bulletin layout",
            description = "The red masthead, 第N期 (a bulletin not yet published says so), the issuing body and the"
                    + " date, a red rule, the title and the body, and who it goes to; A4, the print font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getBulletinPdf(@PathParam("meetingId") UUID meetingId, @PathParam("bulletinId") UUID id) {
        PublicationService.Printed printed = publications.print(meetingId, id);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"").build();
    }

    private static Text text(BulletinRequest request) {
        return new Text(request.masthead(), request.title(), request.issuingBody(), request.body(), null);
    }
}
