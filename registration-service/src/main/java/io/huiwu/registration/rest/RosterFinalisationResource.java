package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.RosterChangesView;
import io.huiwu.registration.api.RosterFinalisationRequest;
import io.huiwu.registration.api.RosterFinalisationView;
import io.huiwu.registration.domain.RosterOrder;
import io.huiwu.registration.service.RosterFinalisationService;
import io.huiwu.registration.service.RosterPrinting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class RosterFinalisationResource {

    private static final String PDF = "application/pdf";

    private final RosterFinalisationService finalisations;
    private final RosterPrinting printing;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public RosterFinalisationResource(RosterFinalisationService finalisations, RosterPrinting printing,
            IdempotentRequests idempotency, Caller caller) {
        this.finalisations = finalisations;
        this.printing = printing;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/finalisations")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Finalise the roster (定稿)",
            description = "Freezes every active entry as it is into the next numbered version (1, 2, 3...) and"
                    + " publishes roster-finalised. Refused (409) while the current version of any active entry lacks"
                    + " the verifications the meeting requires (the problem says how many and names the first few),"
                    + " when the roster has no active entry, and when nothing changed since the latest version. The"
                    + " body (a note) is optional.")
    @APIResponse(responseCode = "201", description = "Finalised", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterFinalisationView.class)))
    @APIResponse(responseCode = "409", description = "Entries are not verified yet, or there is nothing to finalise")
    public Response finaliseRoster(@PathParam("meetingId") UUID meetingId, @Valid RosterFinalisationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/roster/finalisations",
                request, () -> {
                    RosterFinalisationView finalised = finalisations.finalise(meetingId,
                            request == null ? null : request.note(), caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(finalised.version()))
                            .build()).entity(finalised).build();
                });
    }

    @GET
    @Path("/finalisations")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The finalised versions of the roster, the first first",
            description = "Each with its counts by category and delegation; the latest says whether the roster"
                    + " changed since (changedSinceFinalised)")
    public PageResult<RosterFinalisationView> listRosterFinalisations(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(finalisations.list(meetingId), paging);
    }

    @GET
    @Path("/finalisations/{version}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "One finalised version of the roster, with its counts")
    public RosterFinalisationView getRosterFinalisation(@PathParam("meetingId") UUID meetingId,
            @PathParam("version") @Min(1) int version) {
        return finalisations.get(meetingId, version);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "What changed in the roster since a finalised version",
            description = "Entries added, withdrawn, and changed (each changed field before and after) since version"
                    + " since (default: the latest); 404 when the roster was never finalised")
    public RosterChangesView getRosterChanges(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "A finalised version; the latest when absent")
            @QueryParam("since") @Min(1) Integer since) {
        return finalisations.changes(meetingId, since);
    }

    @GET
    @Path("/print")
    @Produces({PDF, RosterFileResource.XLSX})
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The printed roster (名册), as PDF or .xlsx",
            description = "A finalised version (default: the latest) or version=current, the roster as it is now,"
                    + " marked as a draft. By delegation in the meeting's order of delegations (the agreed one, else"
                    + " by strokes), people without one last; within each by surname strokes (order=STROKES) or"
                    + " pinyin (PINYIN). Columns 序号, 姓名, 性别, 类别, 单位, 职务; the meeting's name, the version and"
                    + " its date head each page, page numbers at the foot; newPagePerDelegation=true starts each"
                    + " delegation on a new page.")
    public Response printRoster(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "A finalised version (1, 2...) or current; the latest finalised when absent",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^([1-9][0-9]{0,8}|current)$",
                            examples = "1"))
            @QueryParam("version") String version,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"STROKES", "PINYIN"},
                    defaultValue = "STROKES"))
            @QueryParam("order") String order,
            @QueryParam("newPagePerDelegation") @DefaultValue("false") boolean newPagePerDelegation,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"pdf", "xlsx"},
                    defaultValue = "pdf"))
            @QueryParam("format") String format) {
        RosterPrinting.Edition edition = edition(version);
        RosterPrinting.PrintFormat printFormat = choice("format", format, RosterPrinting.PrintFormat.class,
                RosterPrinting.PrintFormat.PDF);
        byte[] printed = printing.print(meetingId, edition, choice("order", order, RosterOrder.NameOrder.class,
                RosterOrder.NameOrder.STROKES), newPagePerDelegation, printFormat);
        String name = "roster-" + (edition instanceof RosterPrinting.Edition.Finalised finalised
                ? "v" + finalised.version() : edition instanceof RosterPrinting.Edition.Current ? "draft" : "latest");
        boolean pdf = printFormat == RosterPrinting.PrintFormat.PDF;
        return Response.ok(printed, pdf ? PDF : RosterFileResource.XLSX)
                .header("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"" + name
                        + (pdf ? ".pdf" : ".xlsx") + "\"").build();
    }

    /** version: absent for the latest, current, or a number from 1. */
    private static RosterPrinting.Edition edition(String version) {
        if (version == null || version.isBlank()) {
            return new RosterPrinting.Edition.Latest();
        }
        String text = version.strip();
        if (text.equalsIgnoreCase("current")) {
            return new RosterPrinting.Edition.Current();
        }
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", Message.of(
                    "must be the number of a finalised version (1, 2...) or current",
                    "必须是定稿版本号（1、2……）或 current"));
        }
        if (number < 1) {
            throw ProblemException.invalidField("version", Message.of("must be 1 or more; versions are numbered from 1",
                    "必须不小于 1：版本号从 1 开始"));
        }
        return new RosterPrinting.Edition.Finalised(number);
    }

    /** A parameter naming one of an enumeration's values, in any case. */
    private static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(type == RosterPrinting.PrintFormat.class
                        ? constant.name().toLowerCase(Locale.ROOT) : constant.name());
            }
            throw ProblemException.invalidField(parameter, Message.of("has the unknown value '{0}'; use one of {1}",
                    "的值“{0}”无法识别；请使用 {1} 之一", value, allowed));
        }
    }
}
