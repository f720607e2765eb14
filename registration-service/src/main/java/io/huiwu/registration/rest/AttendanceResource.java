package io.huiwu.registration.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.QuorumRulesRequest;
import io.huiwu.registration.api.QuorumRulesView;
import io.huiwu.registration.api.SessionHeadcountView;
import io.huiwu.registration.api.SessionView;
import io.huiwu.registration.service.AttendanceService;
import io.huiwu.registration.service.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Sessions from venue's schedule, 应到/实到/请假/缺席 per session with the"
        + " quorum,")
public class AttendanceResource {

    private static final String SUPPORT = "Count staff and accompanying people (drivers, secretaries) too; by"
            + " default a delegation's figures count its members only";

    private final SessionService sessions;
    private final AttendanceService attendance;

    public AttendanceResource(SessionService sessions, AttendanceService attendance) {
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE, Roles.LOGISTICS})
    @Operation(summary = "The sessions venue-service scheduled, by start, each with its door list")
    public PageResult<SessionView> listSessions(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(sessions.list(meetingId), paging);
    }

    @GET
    @Path("/sessions/{sessionId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE, Roles.LOGISTICS})
    @Operation(summary = "Read a session")
    public SessionView getSession(@PathParam("meetingId") UUID meetingId, @PathParam("sessionId") UUID sessionId) {
        return sessions.get(meetingId, sessionId);
    }

    @GET
    @Path("/sessions/{sessionId}/headcount")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE})
    @Operation(summary = "应到, 实到, 代签, 请假 and 缺席 of a session, with names by delegation and the quorum",
            description = "实到 counts people admitted at the session's doors in person; someone signed in on their"
                    + " behalf (秘书代签) is counted apart and not toward the quorum. Someone on leave who comes is"
                    + " present.")
    public SessionHeadcountView getSessionHeadcount(@PathParam("meetingId") UUID meetingId,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(description = SUPPORT) @QueryParam("includeSupport") boolean includeSupport) {
        return attendance.sessionHeadcount(meetingId, sessionId, includeSupport);
    }

    @GET
    @Path("/quorum-rules")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.SECRETARIAT, Roles.VENUE})
    @Operation(summary = "The quorum rule (法定人数) of every kind of session")
    public QuorumRulesView getQuorumRules(@PathParam("meetingId") UUID meetingId) {
        return sessions.quorumRules(meetingId);
    }

    @PUT
    @Path("/quorum-rules")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the quorum rule per kind of session",
            description = "Kinds not listed go back to their default: more than half for plenary, preparatory and"
                    + " election sessions, none for the others.")
    public QuorumRulesView setQuorumRules(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull QuorumRulesRequest request) {
        return sessions.setQuorumRules(meetingId, request);
    }

}
