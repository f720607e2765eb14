package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.ClearanceRequest;
import io.huiwu.documents.api.ClearanceView;
import io.huiwu.documents.service.ClearanceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/meetings/{meetingId}/clearances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearances", description = "The highest mark each category of person may hold: no copy goes to a"
        + " holder cleared below its document")
public class ClearanceResource {

    private final ClearanceService clearances;
    private final Caller caller;

    public ClearanceResource(ClearanceService clearances, Caller caller) {
        this.clearances = clearances;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The clearance of each category: the organiser's, else the default table")
    public PageResult<ClearanceView> listClearances(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(clearances.list(meetingId), paging);
    }

    @PUT
    @Path("/{category}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the clearance of a category of person (ATTENDEE, STAFF, PRESS...)")
    public ClearanceView setClearance(@PathParam("meetingId") UUID meetingId,
            @PathParam("category") @Pattern(regexp = "[A-Z][A-Z_]{0,39}") String category,
            @Valid @NotNull ClearanceRequest request) {
        return clearances.set(meetingId, category, request.clearance(), caller.name());
    }
}
