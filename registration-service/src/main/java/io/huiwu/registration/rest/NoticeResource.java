package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AcknowledgementRequest;
import io.huiwu.registration.api.AcknowledgementsView;
import io.huiwu.registration.api.NoticeRequest;
import io.huiwu.registration.api.NoticeView;
import io.huiwu.registration.api.RepliesView;
import io.huiwu.registration.api.ReplyRequest;
import io.huiwu.registration.service.NoticeService;
import io.huiwu.registration.service.RecordNames;
import io.huiwu.registration.service.ReplyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Notices (会议通知) with their supplements and who has acknowledged each version")
public class NoticeResource {

    private final NoticeService notices;
    private final ReplyService replies;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public NoticeResource(NoticeService notices, ReplyService replies, IdempotentRequests idempotency,
            Caller caller) {
        this.notices = notices;
        this.replies = replies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Issue a notice (会议通知) with its eight elements")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response issueNotice(@PathParam("meetingId") UUID meetingId, @Valid @NotNull NoticeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/notices", request, () -> {
            NoticeView notice = notices.issue(meetingId, request, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(notice.id().toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(notice.currentVersion())).entity(notice).build();
        });
    }

    @POST
    @Path("/{noticeId}/supplements")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Issue a supplementary notice (补充通知)",
            description = "The notice as it now stands, with changeSummary; needs If-Match with the current version."
                    + " Acknowledgements are asked for again.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response supplementNotice(@PathParam("meetingId") UUID meetingId, @PathParam("noticeId") UUID noticeId,
            @Valid @NotNull NoticeRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        NoticeView notice = notices.supplement(meetingId, noticeId, Versions.required(ifMatch), request,
                caller.name());
        return Response.ok(notice).header(HttpHeaders.ETAG, Versions.etag(notice.currentVersion())).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "The notices of the meeting, each as it now stands")
    public PageResult<NoticeView> listNotices(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(notices.list(meetingId), paging);
    }

    @GET
    @Path("/{noticeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "Read a notice")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response getNotice(@PathParam("meetingId") UUID meetingId, @PathParam("noticeId") UUID noticeId) {
        NoticeView notice = notices.get(meetingId, noticeId);
        return Response.ok(notice).header(HttpHeaders.ETAG, Versions.etag(notice.currentVersion())).build();
    }

    @GET
    @Path("/{noticeId}/versions/{version}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT,
            Roles.ATTENDEE})
    @Operation(summary = "One version of a notice")
    public NoticeView.NoticeVersionView getNoticeVersion(@PathParam("meetingId") UUID meetingId,
            @PathParam("noticeId") UUID noticeId, @PathParam("version") @Min(1) int version) {
        return notices.version(meetingId, noticeId, version);
    }

    @POST
    @Path("/{noticeId}/acknowledgements")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.ATTENDEE})
    @Operation(summary = "Acknowledge the current version of a notice",
            description = "An attendee acknowledges for themselves; staff record it for an attendee (attendeeId)")
    public AcknowledgementsView.Person acknowledgeNotice(@PathParam("meetingId") UUID meetingId,
            @PathParam("noticeId") UUID noticeId, @Valid AcknowledgementRequest request) {
        UUID attendee;
        if (caller.isAttendeeOnly()) {
            attendee = caller.attendeeId().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE,
                    Message.of("of this token", "（本令牌）")));
            if (request != null && request.attendeeId() != null && !request.attendeeId().equals(attendee)) {
                throw ProblemException.notFound(RecordNames.ATTENDEE, request.attendeeId());
            }
        } else {
            if (request == null || request.attendeeId() == null) {
                throw ProblemException.invalidField("attendeeId", Message.of(
                        "must name the attendee who acknowledged", "必须指明确认通知的参会人员"));
            }
            attendee = request.attendeeId();
        }
        return notices.acknowledge(meetingId, noticeId, attendee, caller.name());
    }

    @GET
    @Path("/{noticeId}/acknowledgements")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Who has acknowledged a version (default: the current one), and who has not")
    public AcknowledgementsView listNoticeAcknowledgements(@PathParam("meetingId") UUID meetingId,
            @PathParam("noticeId") UUID noticeId, @QueryParam("version") @Min(1) Integer version) {
        return notices.acknowledgements(meetingId, noticeId, version);
    }

    @PUT
    @Path("/{noticeId}/replies")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.ATTENDEE})
    @Operation(summary = "Reply to the current version of a notice (回执)",
            description = "Attend, ask for leave (LEAVE, with a reason) or send a substitute (SUBSTITUTE: non-voting"
                    + " attendees, guests and press only), with companions and needs. An attendee replies for"
                    + " themselves; staff for an attendee (attendeeId). Replying again to the same version replaces"
                    + " the reply; a supplementary notice asks again.")
    public RepliesView.Reply replyToNotice(@PathParam("meetingId") UUID meetingId,
            @PathParam("noticeId") UUID noticeId, @Valid @NotNull ReplyRequest request) {
        UUID attendee;
        if (caller.isAttendeeOnly()) {
            attendee = caller.attendeeId().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE,
                    Message.of("of this token", "（本令牌）")));
            if (request.attendeeId() != null && !request.attendeeId().equals(attendee)) {
                throw ProblemException.notFound(RecordNames.ATTENDEE, request.attendeeId());
            }
        } else {
            if (request.attendeeId() == null) {
                throw ProblemException.invalidField("attendeeId", Message.of("must name the attendee who replies",
                        "必须指明回执的参会人员"));
            }
            attendee = request.attendeeId();
        }
        return replies.reply(meetingId, noticeId, attendee, request, caller.name());
    }

    @GET
    @Path("/{noticeId}/replies")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "The replies to a version (default: the current one): counts, each reply, and who has not"
            + " replied")
    public RepliesView listNoticeReplies(@PathParam("meetingId") UUID meetingId,
            @PathParam("noticeId") UUID noticeId, @QueryParam("version") @Min(1) Integer version) {
        return replies.replies(meetingId, noticeId, version);
    }
}
