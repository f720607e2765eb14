package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.logistics.api.DietRequest;
import io.huiwu.logistics.api.DietView;
import io.huiwu.logistics.service.TableSeatingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/meetings/{meetingId}/dining/diets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dining")
public class DietResource {

    private final TableSeatingService seating;
    private final Caller caller;

    public DietResource(TableSeatingService seating, Caller caller) {
        this.seating = seating;
        this.caller = caller;
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Someone's diets as dining uses them: the roster's when it gives any, else staff's")
    public DietView getDiet(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return seating.diet(meetingId, attendeeId);
    }

    @PUT
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Record someone's diets (empty: none)", description = "Used when registration's roster gives"
            + " none for them; a diet on the roster wins.")
    public DietView recordDiet(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Valid @NotNull DietRequest request) {
        return seating.recordDiet(meetingId, attendeeId, request, caller.name());
    }
}
