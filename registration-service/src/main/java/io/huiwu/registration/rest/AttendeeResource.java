package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.SortSpec;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AttendeeHistoryView;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.api.BulkVerificationAnswer;
import io.huiwu.registration.api.BulkVerificationRequest;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.api.VerificationOverrideRequest;
import io.huiwu.registration.api.VerificationOverrideView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CredentialStatus;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.service.AttendeeService;
import io.huiwu.registration.service.CredentialService;
import io.huiwu.registration.service.MeetingService;
import io.huiwu.registration.service.RecordNames;
import io.huiwu.registration.service.RosterSheets;
import io.huiwu.registration.service.VerificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/meetings/{meetingId}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster",
        description = "The roster (名册): attendees and their verification, delegations, discussion groups, import and"
        + " export")
public class AttendeeResource {

    private final AttendeeService attendees;
    private final VerificationService verification;
    private final CredentialService credentials;
    private final MeetingService meetings;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public AttendeeResource(AttendeeService attendees, VerificationService verification,
            CredentialService credentials, MeetingService meetings, IdempotentRequests idempotency, Caller caller) {
        this.attendees = attendees;
        this.verification = verification;
        this.credentials = credentials;
        this.meetings = meetings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Register an attendee",
            description = "Publishes attendee-registered. A request replayed by its Idempotency-Key answers the entry"
                    + " as first made, with its personal data masked: read the entry for it in full.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeView.class)))
    public Response registerAttendee(@PathParam("meetingId") UUID meetingId, @Valid @NotNull AttendeeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        AttendeeView[] created = new AttendeeView[1];
        Response response = idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/attendees",
                request, () -> {
                    created[0] = attendees.register(meetingId, request, caller.name(), language(headers));
                    // the answer kept for replays holds no phone, ID number or health need
                    return Response.created(uri.getAbsolutePathBuilder().path(created[0].id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created[0].version()))
                            .entity(AttendeeMapping.masked(created[0])).build();
                });
        return created[0] == null ? response : Response.fromResponse(response).entity(created[0]).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "List the roster",
            description = "Active entries unless status=WITHDRAWN. sort takes strokes (姓氏笔画), pinyin, name, rank,"
                    + " delegation, category, createdAt, comma-separated, - for descending. q finds a name by any"
                    + " part of it, or by the start of its pinyin or pinyin initials. verification filters by where"
                    + " the current version stands (OVERRIDDEN: let pass by an organizer without enough"
                    + " verifications). Phone and ID numbers are masked for everyone but organizers.")
    public PageResult<AttendeeView> listAttendees(@PathParam("meetingId") UUID meetingId,
            @QueryParam("status") @DefaultValue("ACTIVE") AttendeeStatus status,
            @QueryParam("category") Category category,
            @QueryParam("delegation") String delegation,
            @QueryParam("verification") RosterVerification.VerificationState verification,
            @QueryParam("q") @Size(max = 50) String search,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        SortSpec order = SortSpec.parse(sort, AttendeeService.SORTABLE.keySet(), "rank,strokes");
        return attendees.list(meetingId, new AttendeeService.RosterQuery(status, category, delegation, verification,
                search, order, page, size), caller.isOrganizer(), language(headers));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ATTENDEE)
    @Operation(summary = "An attendee's own entry", description = "For attendee tokens")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeView.class)))
    public Response getMyAttendeeEntry(@PathParam("meetingId") UUID meetingId, @Context HttpHeaders headers) {
        UUID own = caller.attendeeId().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE,
                Message.of("of this token", "（本令牌）")));
        return getAttendee(meetingId, own, headers);
    }

    @GET
    @Path("/export")
    @Produces(RosterFileResource.XLSX)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The roster as an Excel sheet",
            description = "Ordered by sort (default strokes: 姓氏笔画), with the columns an import reads; personal data"
                    + " masked for all but organizers. An accompanying person's 随行对象 is their principal's row"
                    + " (第N行), or the principal's name when the sheet does not hold them.")
    public Response exportRoster(@PathParam("meetingId") UUID meetingId, @QueryParam("sort") String sort,
            @QueryParam("category") Category category, @QueryParam("delegation") String delegation)
            throws IOException {
        SortSpec order = SortSpec.parse(sort, AttendeeService.SORTABLE.keySet(), "strokes");
        List<AttendeeView> roster = attendees.list(meetingId, new AttendeeService.RosterQuery(AttendeeStatus.ACTIVE,
                category, delegation, null, null, order, 0, 100_000), caller.isOrganizer(), Language.CHINESE)
                .items();
        String name = meetings.find(meetingId).orElseThrow(() -> ProblemException.notFound(RecordNames.MEETING,
                meetingId))
                .name();
        Set<UUID> onSheet = roster.stream().map(AttendeeView::id).collect(Collectors.toSet());
        Set<UUID> elsewhere = roster.stream().map(AttendeeView::principalId)
                .filter(principal -> principal != null && !onSheet.contains(principal)).collect(Collectors.toSet());
        return Response.ok(RosterSheets.write(roster, attendees.names(meetingId, elsewhere), name),
                        RosterFileResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"roster.xlsx\"").build();
    }

    @GET
    @Path("/me/credentials")
    @RolesAllowed(Roles.ATTENDEE)
    @Operation(summary = "An attendee's own credentials, with their QR contents")
    public PageResult<CredentialView> listMyCredentials(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        UUID own = caller.attendeeId().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE,
                Message.of("of this token", "（本令牌）")));
        return credentials.list(meetingId, own, null, CredentialStatus.ACTIVE, true, paging);
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "Read an entry of the roster", description = "An attendee token reads only its own entry")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeView.class)))
    public Response getAttendee(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Context HttpHeaders headers) {
        if (caller.isAttendeeOnly() && !caller.attendeeId().map(attendeeId::equals).orElse(false)) {
            throw ProblemException.notFound(RecordNames.ATTENDEE, attendeeId);
        }
        boolean unmasked = caller.isOrganizer() || caller.isAttendeeOnly();
        AttendeeView attendee = attendees.find(meetingId, attendeeId, unmasked, language(headers))
                .orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        return Response.ok(attendee).header(HttpHeaders.ETAG, Versions.etag(attendee.version())).build();
    }

    @PUT
    @Path("/{attendeeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Correct an entry",
            description = "Needs If-Match; publishes attendee-updated. The new version needs verifying again.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeView.class)))
    public Response updateAttendee(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Valid @NotNull AttendeeRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpHeaders headers) {
        AttendeeView updated = attendees.update(meetingId, attendeeId, Versions.required(ifMatch), request,
                caller.name(), language(headers));
        return Response.ok(updated).header(HttpHeaders.ETAG, Versions.etag(updated.version())).build();
    }

    @DELETE
    @Path("/{attendeeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Withdraw an attendee",
            description = "The entry stays on record with status WITHDRAWN; its credentials are revoked and it leaves"
                    + " its discussion group; publishes attendee-withdrawn. Someone with accompanying people (随行) is"
                    + " withdrawn only with them (withAccompanying=true), in one transaction; without it the answer is"
                    + " 409 naming them. If-Match is checked when sent. Withdrawing twice changes nothing.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawAttendee(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Parameter(extensions = @Extension(name = "x-optional", value = "true"))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Withdraw the people accompanying them too")
            @QueryParam("withAccompanying") boolean withAccompanying) {
        OptionalLong expected = ifMatch == null ? OptionalLong.empty() : OptionalLong.of(Versions.required(ifMatch));
        attendees.withdraw(meetingId, attendeeId, expected, caller.name(), withAccompanying);
        return Response.noContent().build();
    }

    @POST
    @Path("/{attendeeId}/verifications")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Verify an entry",
            description = "Vouches for the version named in If-Match. Each version needs the meeting's number of"
                    + " verifications (2 or 3) by distinct staff, none of them its last editor. The verification"
                    + " that makes it final publishes attendee-verified.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendeeView.class)))
    public Response verifyAttendee(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpHeaders headers) {
        AttendeeView verified = verification.verify(meetingId, attendeeId, Versions.required(ifMatch),
                caller.name(), caller.isOrganizer(), language(headers));
        return Response.ok(verified).header(HttpHeaders.ETAG, Versions.etag(verified.version())).build();
    }

    @POST
    @Path("/verifications")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Verify many entries at once",
            description = "The caller vouches for each entry at the version sent (a page of the roster, at most"
                    + " 500), by the rules of verifying one. Each entry gets its own outcome: verified,"
                    + " already_verified (by the caller, at that version) or refused with a reason; a refusal does"
                    + " not stop the others. What is verified is recorded together. Each entry made final publishes"
                    + " attendee-verified.")
    public BulkVerificationAnswer verifyAttendees(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull BulkVerificationRequest request) {
        return verification.verifyAll(meetingId, request.entries(), caller.name());
    }

    @POST
    @Path("/{attendeeId}/verification-override")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Let an entry pass without its verifications",
            description = "For the version named in If-Match, with a reason: its state becomes OVERRIDDEN, and"
                    + " credentials may be issued and printed for it. It is recorded (who, when, why, which version)"
                    + " and listed at /verification-overrides; an edit makes a new version, which needs verifying"
                    + " again. Publishes attendee-verified. Sending the same reason again answers the override"
                    + " recorded.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationOverrideView.class)))
    @APIResponse(responseCode = "409", description = "The entry is withdrawn, already verified, or that version was"
            + " already let pass by someone else or for another reason")
    public Response overrideVerification(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId, @Valid @NotNull VerificationOverrideRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VerificationOverrideView given = verification.override(meetingId, attendeeId, Versions.required(ifMatch),
                request.reason(), caller.name());
        return Response.ok(given).header(HttpHeaders.ETAG, Versions.etag(given.version())).build();
    }

    @GET
    @Path("/{attendeeId}/history")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "The history of an entry: every change and verification, oldest first")
    public PageResult<AttendeeHistoryView> getAttendeeHistory(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId, @BeanParam @Valid PageRequest paging,
            @Context HttpHeaders headers) {
        return PageResult.of(attendees.history(meetingId, attendeeId, caller.isOrganizer(), language(headers)),
                paging);
    }

    /** The language warnings are written in: the caller's Accept-Language, as for problems. */
    private static Language language(HttpHeaders headers) {
        return Language.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
