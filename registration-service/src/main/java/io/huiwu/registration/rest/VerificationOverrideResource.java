package io.huiwu.registration.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.registration.api.VerificationOverrideView;
import io.huiwu.registration.service.VerificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/verification-overrides")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class VerificationOverrideResource {

    private final VerificationService verification;

    public VerificationOverrideResource(VerificationService verification) {
        this.verification = verification;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "List the entries let pass without their verifications",
            description = "Every override of the meeting, newest first: which entry and version, who, when and why,"
                    + " and whether it still applies (an edit makes a new version, which it does not cover)")
    public PageResult<VerificationOverrideView> listVerificationOverrides(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Only the overrides of this entry") @QueryParam("attendeeId") UUID attendeeId,
            @Parameter(description = "true: only those that still apply; false: only those that no longer do")
            @QueryParam("current") Boolean current,
            @BeanParam @Valid PageRequest paging) {
        return verification.overrides(meetingId, attendeeId, current, paging);
    }
}
