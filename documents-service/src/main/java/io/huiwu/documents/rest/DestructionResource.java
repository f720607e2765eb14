package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.DestructionRegisterView;
import io.huiwu.documents.service.DestructionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/destructions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Destruction", description = "The destruction register (销毁登记): each copy destroyed, with its approval"
        + " and its two supervisors; lines are never changed")
public class DestructionResource {

    private final DestructionService destruction;

    public DestructionResource(DestructionService destruction) {
        this.destruction = destruction;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The destruction register, oldest first: each copy destroyed, its approval, its two"
            + " supervisors")
    public PageResult<DestructionRegisterView> listDestructions(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(destruction.register(meetingId), paging);
    }
}
