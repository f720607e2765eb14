package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.AnnulRequest;
import io.huiwu.registration.api.ArrivalsView;
import io.huiwu.registration.api.CheckInListRequest;
import io.huiwu.registration.api.CheckInListView;
import io.huiwu.registration.api.HeadcountView;
import io.huiwu.registration.api.OfflineScansAnswer;
import io.huiwu.registration.api.OfflineScansRequest;
import io.huiwu.registration.api.RedeemAnswer;
import io.huiwu.registration.api.RedeemRequest;
import io.huiwu.registration.api.ScanView;
import io.huiwu.registration.api.SearchHitView;
import io.huiwu.registration.service.AttendanceService;
import io.huiwu.registration.service.CheckInDeviceService;
import io.huiwu.registration.service.CheckInListService;
import io.huiwu.registration.service.CheckInService;
import io.huiwu.registration.service.HeadcountService;
import io.huiwu.registration.service.OfflineScanService;
import io.huiwu.registration.service.RedeemWorkers;
import io.huiwu.registration.service.ScanService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

@Path("/api/v1/meetings/{meetingId}/checkin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in",
        description = "Check-in (报到, 签到) at desks and doors: check-in points, scans, offline uploads, headcounts")
public class CheckInResource {

    static final String DEVICE_TOKEN = "The token of the registered check-in device making the call, as it"
            + " received it when registered";
    private static final String SUPPORT = "Count staff and accompanying people (drivers, secretaries) in the figures"
            + " per delegation too; by default a delegation's figures count its members only";

    /** A live headcount is sent at least this often even when nothing changed here (other replicas may have). */
    static final int REFRESH_EVERY_TICKS = 10;

    private final CheckInListService lists;
    private final CheckInService checkIn;
    private final OfflineScanService offline;
    private final ScanService scans;
    private final HeadcountService headcounts;
    private final AttendanceService attendance;
    private final ChangeSignals signals;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final RedeemWorkers redeemWorkers;

    public CheckInResource(CheckInListService lists, CheckInService checkIn, OfflineScanService offline,
            ScanService scans, HeadcountService headcounts, AttendanceService attendance, ChangeSignals signals,
            IdempotentRequests idempotency, Caller caller, RedeemWorkers redeemWorkers) {
        this.lists = lists;
        this.checkIn = checkIn;
        this.offline = offline;
        this.scans = scans;
        this.headcounts = headcounts;
        this.attendance = attendance;
        this.signals = signals;
        this.idempotency = idempotency;
        this.caller = caller;
        this.redeemWorkers = redeemWorkers;
    }

    @POST
    @Path("/lists")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a check-in list (a desk, a door, the dining hall...)")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInListView.class)))
    public Response createCheckInList(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull CheckInListRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/checkin/lists", request,
                () -> {
                    CheckInListView created = lists.create(meetingId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @Path("/lists")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The check-in lists of the meeting")
    public PageResult<CheckInListView> listCheckInLists(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(lists.list(meetingId), paging);
    }

    @GET
    @Path("/lists/{listId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a check-in list")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInListView.class)))
    public Response getCheckInList(@PathParam("meetingId") UUID meetingId, @PathParam("listId") UUID listId) {
        CheckInListView list = lists.get(meetingId, listId);
        return Response.ok(list).header(HttpHeaders.ETAG, Versions.etag(list.version())).build();
    }

    @PUT
    @Path("/lists/{listId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a check-in list", description = "Needs If-Match")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInListView.class)))
    public Response updateCheckInList(@PathParam("meetingId") UUID meetingId, @PathParam("listId") UUID listId,
            @Valid @NotNull CheckInListRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CheckInListView list = lists.update(meetingId, listId, Versions.required(ifMatch), request);
        return Response.ok(list).header(HttpHeaders.ETAG, Versions.etag(list.version())).build();
    }

    @POST
    @Path("/redeem")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Check in a scanned credential, or a person found by search",
            description = "201 with status ok when admitted; 200 with status refused and a reason otherwise. The same"
                    + " nonce again is the same scan and gets the same answer.")
    @APIResponse(responseCode = "201", description = "Admitted (status ok)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedeemAnswer.class)))
    @APIResponse(responseCode = "200", description = "Refused (status refused, with the reason)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedeemAnswer.class)))
    public Uni<Response> redeemCheckIn(@PathParam("meetingId") UUID meetingId, @Valid @NotNull RedeemRequest request,
            @Parameter(description = DEVICE_TOKEN) @HeaderParam(CheckInDeviceService.HEADER) String deviceToken) {
        // The body is read and checked on the I/O thread; only the database work goes to one of the redeem
        // workers (one per connection), so a worker never waits for the rest of a request or for a connection.
        // The answer is written back on the request's I/O thread: the redeem workers are as few as the connections
        // and go on to the next scan's database work at once.
        String operator = caller.name();
        io.vertx.core.Context requestContext = Vertx.currentContext();
        return Uni.createFrom().item(() -> checkIn.redeem(meetingId, request, operator, deviceToken))
                .runSubscriptionOn(redeemWorkers)
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .map(answer -> Response.status(answer.ok() ? 201 : 200).entity(answer).build());
    }

    @POST
    @Path("/offline-scans")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Upload the scans a device made while offline",
            description = "Only from a registered device (X-Device-Token), only scans of its lists. Each is recorded"
                    + " as an admission that happened; disagreements with the rules are recorded as conflicts. Nonces"
                    + " already recorded are reported as duplicates.")
    public OfflineScansAnswer uploadOfflineScans(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull OfflineScansRequest request,
            @Parameter(description = DEVICE_TOKEN) @HeaderParam(CheckInDeviceService.HEADER) String deviceToken) {
        return offline.upload(meetingId, request.scans(), caller.name(), deviceToken);
    }

    @GET
    @Path("/scans")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "The record of scans, newest first", description = "conflicts=true: only conflicts")
    public PageResult<ScanView> listScans(@PathParam("meetingId") UUID meetingId, @QueryParam("listId") UUID listId,
            @QueryParam("attendeeId") UUID attendeeId, @QueryParam("conflicts") boolean conflicts,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return scans.list(meetingId, listId, attendeeId, conflicts, page, size);
    }

    @POST
    @Path("/scans/{scanId}/annul")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Take back a check-in made by mistake",
            description = "The registered device that made it (X-Device-Token), within 15 minutes, or an organizer"
                    + " at any time. The reason is kept.")
    public ScanView annulScan(@PathParam("meetingId") UUID meetingId, @PathParam("scanId") UUID scanId,
            @Valid @NotNull AnnulRequest request,
            @Parameter(description = DEVICE_TOKEN) @HeaderParam(CheckInDeviceService.HEADER) String deviceToken) {
        return scans.annul(meetingId, scanId, request.reason(), deviceToken, caller.name(), caller.isOrganizer());
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Find someone for a manual check-in",
            description = "By any part of the name, the start of its pinyin or initials, or a credential number")
    public PageResult<SearchHitView> searchForCheckIn(@PathParam("meetingId") UUID meetingId,
            @QueryParam("q") @NotBlank @Size(max = 50) String query, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(scans.search(meetingId, query), paging);
    }

    @GET
    @Path("/arrivals")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.LOGISTICS})
    @Operation(summary = "报到: who has checked in for the meeting at any registration desk, each person once")
    public ArrivalsView getArrivals(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Count staff and accompanying people (drivers, secretaries) too; by default"
                    + " the figures count members only") @QueryParam("includeSupport") boolean includeSupport) {
        return attendance.arrivals(meetingId, includeSupport);
    }

    @GET
    @Path("/lists/{listId}/headcount")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "到会人数: expected, checked in, inside, absent (with names), per delegation and category")
    public HeadcountView getHeadcount(@PathParam("meetingId") UUID meetingId, @PathParam("listId") UUID listId,
            @Parameter(description = SUPPORT) @QueryParam("includeSupport") boolean includeSupport) {
        return headcounts.headcount(meetingId, listId, includeSupport);
    }

    @GET
    @Path("/lists/{listId}/headcount/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The headcount as a live stream (server-sent events) for dashboards",
            description = "A headcount at once, then within a second of each change, and every 10 seconds")
    public Multi<HeadcountView> streamHeadcount(@PathParam("meetingId") UUID meetingId,
            @PathParam("listId") UUID listId,
            @Parameter(description = SUPPORT) @QueryParam("includeSupport") boolean includeSupport) {
        HeadcountView first = headcounts.headcount(meetingId, listId, includeSupport);
        AtomicLong seen = new AtomicLong(signals.changes(listId));
        AtomicLong ticks = new AtomicLong();
        Multi<HeadcountView> updates = Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .filter(tick -> {
                    long changes = signals.changes(listId);
                    boolean changed = changes != seen.getAndSet(changes);
                    return changed || ticks.incrementAndGet() % REFRESH_EVERY_TICKS == 0;
                })
                .map(tick -> headcounts.headcount(meetingId, listId, includeSupport));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(first), updates);
    }
}
