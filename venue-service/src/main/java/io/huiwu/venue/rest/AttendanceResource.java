package io.huiwu.venue.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.ChangeSignals;
import io.huiwu.venue.api.SessionAttendanceView;
import io.huiwu.venue.print.SvgSheet;
import io.huiwu.venue.service.AttendanceService;
import io.huiwu.venue.service.SeatChartService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

@Path("/api/v1/meetings/{meetingId}/sessions/{sessionId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "A session's live attendance (到会情况) from the admissions at its door and"
        + " the leave register: each seated person present, on leave or absent")
public class AttendanceResource {


    private static final String FAULTS = " 409 naming sessionId for a session without a hall or whose hall has no"
            + " published seat map";

    private final AttendanceService attendance;
    private final SeatChartService charts;
    private final ChangeSignals signals;
    /** A stream recomputes at least this often (seconds), for changes committed on other replicas. */
    private final int refreshEverySeconds;

    public AttendanceResource(AttendanceService attendance, SeatChartService charts, ChangeSignals signals,
            @ConfigProperty(name = "venue.attendance.refresh-seconds", defaultValue = "10") int refreshEverySeconds) {
        this.attendance = attendance;
        this.charts = charts;
        this.signals = signals;
        this.refreshEverySeconds = Math.max(1, refreshEverySeconds);
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Who of those seated is present, on leave or absent now, with the counts", description =
            "The session's own seating, or the meeting's standing layout when the session has none (layout)." + FAULTS)
    public SessionAttendanceView getAttendance(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return attendance.attendance(meetingId, sessionId);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The session's attendance as a live stream (server-sent events)", description = "Every seat"
            + " and the counts at once; then, within a second of each admission, annulment or leave applied on this"
            + " replica and of each seat assigned, moved or released on it (and every 10 seconds for other"
            + " changes), the counts and the seats that changed." + FAULTS)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = SessionAttendanceView.Update.class)))
    public Multi<SessionAttendanceView.Update> streamAttendance(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        SessionAttendanceView first = attendance.attendance(meetingId, sessionId);
        AtomicReference<SessionAttendanceView> last = new AtomicReference<>(first);
        AtomicLong seen = new AtomicLong(changes(meetingId, sessionId));
        AtomicLong ticks = new AtomicLong();
        Multi<SessionAttendanceView.Update> updates = Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .filter(tick -> {
                    long changes = changes(meetingId, sessionId);
                    boolean changed = changes != seen.getAndSet(changes);
                    return changed || ticks.incrementAndGet() % refreshEverySeconds == 0;
                })
                .map(tick -> {
                    SessionAttendanceView now = attendance.attendance(meetingId, sessionId);
                    return AttendanceService.changes(last.getAndSet(now), now);
                })
                .filter(update -> update != null);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(new SessionAttendanceView.Update(
                sessionId, true, first.counts(), first.seats())), updates);
    }

    @GET
    @Path("/chart.svg")
    @Produces(SvgSheet.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The session's live seat chart (到会情况图) as SVG", description = "The hall's seat chart with"
            + " each seated person coloured by their attendance now: present green, on leave amber, absent red;"
            + " a legend with the counts." + FAULTS)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = SvgSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    public Response getAttendanceChartSvg(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId) {
        return Response.ok(charts.attendanceSvg(meetingId, sessionId), SvgSheet.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"attendance-chart.svg\"").build();
    }

    /** Changes that may alter the session's attendance: its admissions, and leaves and roster of its meeting. */
    private long changes(UUID meetingId, UUID sessionId) {
        return signals.changes(sessionId) + signals.changes(meetingId);
    }
}
