package io.huiwu.registration.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Paging;
import io.huiwu.registration.api.DelegationOrderRequest;
import io.huiwu.registration.api.DelegationView;
import io.huiwu.registration.service.DelegationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class DelegationResource {

    private final DelegationService delegations;

    public DelegationResource(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The delegations of the roster, with their sizes",
            description = "order: STROKES (姓氏笔画 of the names, default), PINYIN, or AGREED (the organiser's order)")
    public PageResult<DelegationView> listDelegations(@PathParam("meetingId") UUID meetingId,
            @QueryParam("order") @DefaultValue("STROKES") DelegationService.DelegationOrder order,
                    @BeanParam @Valid PageRequest paging) {
        return PageResult.of(delegations.list(meetingId, order), paging);
    }

    @PUT
    @Path("/order")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Set the agreed order of delegations",
            description = "Answers with the delegations in the agreed order (all of them, at most 500)")
    public PageResult<DelegationView> setDelegationOrder(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DelegationOrderRequest request) {
        return PageResult.of(delegations.setOrder(meetingId, request.names()), new PageRequest(0, Paging.MAX_SIZE));
    }
}
