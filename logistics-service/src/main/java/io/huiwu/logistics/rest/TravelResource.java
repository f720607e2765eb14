package io.huiwu.logistics.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.logistics.api.TravelView;
import io.huiwu.logistics.service.TravelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/travel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class TravelResource {

    private final TravelService travel;

    public TravelResource(TravelService travel) {
        this.travel = travel;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Arrivals and departures as registration reported them, by time",
            description = "People who withdrew are left out; a trip flagged ARRIVAL_AFTER_DEPARTURE is planned for"
                    + " nothing until it is corrected.")
    public PageResult<TravelView> listTravel(@PathParam("meetingId") UUID meetingId,
            @QueryParam("direction") @Pattern(regexp = "ARRIVAL|DEPARTURE", message = "must be ARRIVAL or DEPARTURE")
            String direction, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(travel.list(meetingId, direction), paging);
    }
}
