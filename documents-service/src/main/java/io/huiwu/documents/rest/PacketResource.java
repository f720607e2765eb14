package io.huiwu.documents.rest;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.documents.api.DistributionRequest;
import io.huiwu.documents.api.DistributionView;
import io.huiwu.documents.api.PacketDueView;
import io.huiwu.documents.api.PacketIssueRequest;
import io.huiwu.documents.api.PacketView;
import io.huiwu.documents.service.PacketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/packets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Packets", description = "Distribution lists and the packet each person receives at 报到")
public class PacketResource {

    private final PacketService packets;
    private final Caller caller;

    public PacketResource(PacketService packets, Caller caller) {
        this.packets = packets;
        this.caller = caller;
    }

    @POST
    @Path("/distribution")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Add a line to a document's distribution list: a category, a delegation or a person")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionView.class)))
    public Response addDistributionLine(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DistributionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(packets.addLine(meetingId, request, caller.name())).build();
    }

    @GET
    @Path("/distribution")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "The distribution lists, of one document or of all")
    public PageResult<DistributionView> listDistribution(@PathParam("meetingId") UUID meetingId,
            @QueryParam("documentId") UUID documentId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(packets.lines(meetingId, documentId), paging);
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT, Roles.REGISTRAR})
    @Operation(summary = "People checked in at a desk whose packet is not issued yet, first come first",
            description = "listId: one desk's (registration's check-in list)")
    public PageResult<PacketDueView> listPacketsDue(@PathParam("meetingId") UUID meetingId,
            @QueryParam("listId") UUID listId, @BeanParam @Valid PageRequest paging) {
        return PageResult.of(packets.due(meetingId, listId), paging);
    }

    @GET
    @Path("/{attendeeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT, Roles.REGISTRAR})
    @Operation(summary = "A person's packet: the documents their lists give them, and the copy they hold of each")
    public PacketView getPacket(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId) {
        return packets.packet(meetingId, attendeeId);
    }

    @POST
    @Path("/{attendeeId}/issue")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Issue the packet: a copy of every document the person does not hold yet, all or none",
            description = "Each document that cannot be issued (no copy in custody, above the person's clearance)"
                    + " is named by its index (documents[1]). Publishes material-issued for each copy.")
    public PacketView issuePacket(@PathParam("meetingId") UUID meetingId, @PathParam("attendeeId") UUID attendeeId,
            @Valid @NotNull PacketIssueRequest request) {
        return packets.issue(meetingId, attendeeId, request, caller.name());
    }
}
