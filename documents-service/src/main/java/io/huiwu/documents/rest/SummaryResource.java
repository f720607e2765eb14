package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.SummaryRequest;
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

@Path("/api/v1/meetings/{meetingId}/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries", description = "会议纪要: the meeting's summary, one in force unless superseded")
public class SummaryResource {

    private static final String KIND = PublicationService.SUMMARY;

    private final PublicationService publications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SummaryResource(PublicationService publications, IdempotentRequests idempotency, Caller caller) {
        this.publications = publications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Draft a summary", description = "The caller is its author. supersedes names the summary"
            + " in force it is to replace (400 otherwise).")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationView.class)))
    public Response draftSummary(@PathParam("meetingId") UUID meetingId, @Valid @NotNull SummaryRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/summaries", request,
                () -> {
                    PublicationView drafted = publications.draft(meetingId, KIND, text(request), caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build())
                            .entity(drafted).build();
                });
    }

    @PUT
    @Path("/{summaryId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Revise a draft summary", description = "Only while it is a draft (409 otherwise).")
    public PublicationView reviseSummary(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id,
            @Valid @NotNull SummaryRequest request) {
        return publications.revise(meetingId, KIND, id, text(request));
    }

    @POST
    @Path("/{summaryId}/submit")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Submit a draft summary for approval", description = "Only a draft (409 otherwise).")
    public PublicationView submitSummary(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id) {
        return publications.submit(meetingId, KIND, id, caller.name());
    }

    @POST
    @Path("/{summaryId}/approve")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Approve a submitted summary",
            description = "By someone other than its author (409 otherwise); only a submitted one (409 otherwise).")
    public PublicationView approveSummary(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id) {
        return publications.approve(meetingId, KIND, id, caller.name());
    }

    @POST
    @Path("/{summaryId}/publish")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Publish an approved summary to its distribution list",
            description = "Categories and delegations someone on the roster has, and persons on the roster (each"
                    + " other one is 400 naming it), at least one. While a summary is in force, only one that"
                    + " supersedes it can be published (409 otherwise), and replaces it; publishes summary-published.")
    public PublicationView publishSummary(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id,
            @Valid @NotNull PublishRequest request) {
        return publications.publish(meetingId, KIND, id, request, caller.name());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's summaries, oldest first, in every state")
    public PageResult<PublicationView> listSummaries(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(publications.list(meetingId, KIND), paging);
    }

    @GET
    @Path("/{summaryId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "A summary")
    public PublicationView getSummary(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id) {
        return publications.get(meetingId, KIND, id);
    }

    @GET
    @Path("/{summaryId}/summary.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The summary printed in the bulletin's layout",
            description = "会议纪要 in red, 未印发 before publication (已被替代 once superseded), the issuing body and"
                    + " the date, a red rule, the title and the body, and who it goes to; A4, the print font"
                    + " embedded.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getSummaryPdf(@PathParam("meetingId") UUID meetingId, @PathParam("summaryId") UUID id) {
        PublicationService.Printed printed = publications.printSummary(meetingId, id);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"").build();
    }

    private static Text text(SummaryRequest request) {
        return new Text(null, request.title(), request.issuingBody(), request.body(), request.supersedes());
    }
}
