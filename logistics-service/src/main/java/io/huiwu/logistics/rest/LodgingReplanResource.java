package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.logistics.api.AppliedReplanView;
import io.huiwu.logistics.api.ReplanRequest;
import io.huiwu.logistics.api.ReplanView;
import io.huiwu.logistics.service.LodgingReplanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/lodging/replan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lodging")
public class LodgingReplanResource {

    private final LodgingReplanService replans;
    private final Caller caller;

    public LodgingReplanResource(LodgingReplanService replans, Caller caller) {
        this.replans = replans;
        this.caller = caller;
    }

    @POST
    @Path("/preview")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Re-plan lodging after a change, changing nothing",
            description = "Gives the free beds to the people without one (newcomers, people the plan had no bed"
                    + " for), by the hard rules of room assignment (gender, lodging category, suites by grade, the"
                    + " delegation's hotel) and the soft ones (with the delegation, similar grade, the delegation's"
                    + " floors); nobody who has a bed is moved. Each placement with its rule and explanation; the"
                    + " beds of people no longer on the roster are listed as given up. Answers the basis to apply"
                    + " with.")
    public ReplanView previewLodgingReplan(@PathParam("meetingId") UUID meetingId,
            @Valid @Nullable ReplanRequest request) {
        return replans.preview(meetingId, request == null ? new ReplanRequest(null, null, null, null) : request);
    }

    @POST
    @Path("/apply")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Put a previewed re-plan in force",
            description = "Plans as the preview did and applies it only if the beds in force, the roster and the"
                    + " rooms are as the preview's basis says (409 naming basis and what changed; 400 without it)."
                    + " Publishes room-assigned for everyone in a room given a bed, room-unassigned for a bed given"
                    + " up.")
    public AppliedReplanView applyLodgingReplan(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull ReplanRequest request) {
        return replans.apply(meetingId, request, caller.name());
    }
}
