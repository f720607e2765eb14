package io.huiwu.documents.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.AttendeeClearanceView;
import io.huiwu.documents.api.BatchReturnRequest;
import io.huiwu.documents.api.CopyView;
import io.huiwu.documents.api.DelegationOutstandingView;
import io.huiwu.documents.api.LeavingHolderView;
import io.huiwu.documents.api.MissingCopyView;
import io.huiwu.documents.api.OutstandingCopyView;
import io.huiwu.documents.api.OutstandingTallyView;
import io.huiwu.documents.api.RecallRequest;
import io.huiwu.documents.api.RecallView;
import io.huiwu.documents.service.CopyLedgerService;
import io.huiwu.documents.service.DepartureService;
import io.huiwu.documents.service.DocumentService;
import io.huiwu.documents.service.MissingCopies;
import io.huiwu.documents.service.RecallService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

@Path("/api/v1/meetings/{meetingId}/recalls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recall", description = "清退: a recall with a deadline, what is still out, returns one by one or in a batch")
public class RecallResource {

    /** A stream recomputes at least this often (seconds), for entries recorded on other replicas. */
    static final int REFRESH_EVERY_TICKS = 10;
    /** The furthest a list of people leaving looks ahead: 30 days. */
    static final int MAX_HOURS = 720;

    private final RecallService recalls;
    private final CopyLedgerService ledger;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final ChangeSignals signals;
    private final MissingCopies missing;
    private final DepartureService departures;

    public RecallResource(RecallService recalls, CopyLedgerService ledger, IdempotentRequests idempotency,
            Caller caller, ChangeSignals signals, MissingCopies missing, DepartureService departures) {
        this.recalls = recalls;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.caller = caller;
        this.signals = signals;
        this.missing = missing;
        this.departures = departures;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Open a recall of the meeting's copies with a deadline", description = "Publishes"
            + " recall-opened on documents.clearance.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecallView.class)))
    public Response openRecall(@PathParam("meetingId") UUID meetingId, @Valid @NotNull RecallRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/recalls", request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(recalls.open(meetingId, request, caller.name())).build());
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The meeting's recalls, oldest first, with the copies still out now")
    public PageResult<RecallView> listRecalls(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(recalls.list(meetingId), paging);
    }

    @GET
    @Path("/outstanding")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Copies that must come back and are still out, by delegation and person",
            description = "delegation: one delegation's (as the roster names it); holderId: one person's")
    public PageResult<OutstandingCopyView> listOutstandingCopies(@PathParam("meetingId") UUID meetingId,
            @QueryParam("delegation") @Size(max = 100) String delegation, @QueryParam("holderId") UUID holderId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(recalls.outstanding(meetingId, delegation, holderId), paging);
    }

    @GET
    @Path("/outstanding/by-delegation")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "How many copies each delegation's people still hold")
    public PageResult<DelegationOutstandingView> listOutstandingByDelegation(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(recalls.byDelegation(meetingId), paging);
    }

    @GET
    @Path("/outstanding/by-delegation/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The copies still out per delegation as a live stream (server-sent events)",
            description = "A count at once, then within a second of each ledger entry, and every 10 seconds")
    public Multi<OutstandingTallyView> streamOutstandingByDelegation(@PathParam("meetingId") UUID meetingId) {
        OutstandingTallyView first = recalls.tally(meetingId);
        AtomicLong seen = new AtomicLong(signals.changes(meetingId));
        AtomicLong ticks = new AtomicLong();
        Multi<OutstandingTallyView> updates = Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .filter(tick -> {
                    long changes = signals.changes(meetingId);
                    boolean changed = changes != seen.getAndSet(changes);
                    return changed || ticks.incrementAndGet() % REFRESH_EVERY_TICKS == 0;
                })
                .map(tick -> recalls.tally(meetingId));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(first), updates);
    }

    @POST
    @Path("/returns")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Take back a batch of copies: all or none",
            description = "Each copy that cannot be returned is named by its index (copyIds[3]) and none is"
                    + " recorded. Publishes material-returned for each.")
    public PageResult<CopyView> returnCopies(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull BatchReturnRequest request) {
        var returned = ledger.returnAll(meetingId, request.copyIds(), request.receivedBy(), request.happenedAt(),
                request.note(), caller.name());
        return new PageResult<>(returned, 0, returned.size(), returned.size());
    }

    @GET
    @Path("/missing")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The missing copies, by delegation and person, each with the last entry known before",
            description = "Copies not back by a recall's deadline, and copies reported missing, until found")
    public PageResult<MissingCopyView> listMissingCopies(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(missing.report(meetingId), paging);
    }

    @POST
    @Path("/missing/check")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Mark missing now the copies not back by a passed recall deadline",
            description = "What the scheduled check does, for this meeting at once: every copy that must come back"
                    + " and has been out since before the last passed deadline gets a MISSING entry dated at the"
                    + " deadline. Answers the copies marked by this call. Publishes material-missing for each.")
    public PageResult<MissingCopyView> checkMissingCopies(@PathParam("meetingId") UUID meetingId) {
        List<MissingCopyView> marked = missing.markMissing(meetingId, DocumentService.now());
        return new PageResult<>(marked, 0, marked.size(), marked.size());
    }

    @GET
    @Path("/leaving")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "离会前清退: people leaving soon who still hold copies that must come back, soonest first",
            description = "Everyone whose departure (the send-off's leaving time when logistics scheduled one, else"
                    + " the train or flight they reported) is from now on and before the open recall's deadline or"
                    + " within withinHours (default 24, 1 to 720), and who holds copies issued or loaned whose"
                    + " document must come back; each with the departure and the copies due. Works before any"
                    + " recall is open.")
    public PageResult<LeavingHolderView> listLeavingHolders(@PathParam("meetingId") UUID meetingId,
            @QueryParam("withinHours") @Parameter(description = "Hours ahead, 1 to 720 (default 24)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "720")) String withinHours,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(departures.leaving(meetingId, hours(withinHours)), paging);
    }

    @GET
    @Path("/leaving.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The list of people leaving soon with copies due, as the desk that collects them prints it",
            description = "The same people and copies as .../recalls/leaving (离会人员文件清退表), with a box for each"
                    + " person to sign and the lines the collector and the checker sign; A4 landscape, the print"
                    + " font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getLeavingHoldersPdf(@PathParam("meetingId") UUID meetingId,
            @QueryParam("withinHours") @Parameter(description = "Hours ahead, 1 to 720 (default 24)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "720")) String withinHours) {
        int hours = hours(withinHours);
        return Response.ok(departures.print(meetingId, hours), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"leaving-" + hours + "h.pdf\"").build();
    }

    /** The hours a list of people leaving looks ahead: 1 to 720, 24 when not given; anything else 400. */
    private static int hours(String withinHours) {
        if (withinHours == null || withinHours.isBlank()) {
            return DepartureService.DEFAULT_HOURS;
        }
        try {
            int hours = Integer.parseInt(withinHours.strip());
            if (hours >= 1 && hours <= MAX_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("withinHours", Message.of("must be a whole number of hours from 1 to"
                + " 720", "须为 1 至 720 之间的整数小时"));
    }

    @GET
    @Path("/clearance/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT, Roles.LOGISTICS})
    @Operation(summary = "Whether a person is cleared (holds nothing that must come back), with what is still due")
    public AttendeeClearanceView getClearance(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        return recalls.clearance(meetingId, attendeeId);
    }

    @POST
    @Path("/clearance/{attendeeId}/check")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT, Roles.LOGISTICS})
    @Operation(summary = "Check a person's clearance before they leave, and say it on documents.clearance",
            description = "Publishes attendee-cleared, or attendee-clearance-blocked with the copies still due.")
    public AttendeeClearanceView checkClearance(@PathParam("meetingId") UUID meetingId,
            @PathParam("attendeeId") UUID attendeeId) {
        return recalls.checkClearance(meetingId, attendeeId, caller.name());
    }
}
