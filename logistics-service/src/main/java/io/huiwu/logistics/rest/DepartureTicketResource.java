package io.huiwu.logistics.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.logistics.api.DepartureTicketRequest;
import io.huiwu.logistics.api.DepartureTicketView;
import io.huiwu.logistics.api.TicketStatusRequest;
import io.huiwu.logistics.domain.transport.TicketStatus;
import io.huiwu.logistics.service.DepartureTicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/departure-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transport")
public class DepartureTicketResource {

    private final DepartureTicketService tickets;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public DepartureTicketResource(DepartureTicketService tickets, IdempotentRequests idempotency, Caller caller) {
        this.tickets = tickets;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Return tickets (返程票) by departure time, cancelled ones included")
    public PageResult<DepartureTicketView> listDepartureTickets(@PathParam("meetingId") UUID meetingId,
            @QueryParam("attendeeId") UUID attendeeId, @QueryParam("status") TicketStatus status,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(tickets.list(meetingId, attendeeId, status), paging);
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Book a return ticket for a departing person", description = "For someone active on the"
            + " roster (409 naming attendeeId otherwise, or while they have a booking not cancelled), leaving not"
            + " before their reported arrival (400 naming departsAt).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartureTicketView.class)))
    public Response createDepartureTicket(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull DepartureTicketRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return Creations.created(idempotency, meetingId, "departure-tickets", idempotencyKey, request, uri,
                () -> tickets.book(meetingId, request, caller.name()), DepartureTicketView::id,
                DepartureTicketView::version);
    }

    @GET
    @Path("/{ticketId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a return ticket")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartureTicketView.class)))
    public Response getDepartureTicket(@PathParam("meetingId") UUID meetingId,
            @PathParam("ticketId") UUID ticketId) {
        DepartureTicketView ticket = tickets.get(meetingId, ticketId);
        return Response.ok(ticket).header(HttpHeaders.ETAG, Versions.etag(ticket.version())).build();
    }

    @POST
    @Path("/{ticketId}/status")
    @RolesAllowed({Roles.ORGANIZER, Roles.LOGISTICS})
    @Operation(summary = "Move a return ticket forward or cancel it", description = "REQUESTED, BOOKED, ISSUED in"
            + " that order, or CANCELLED; a cancelled booking stays cancelled (409 naming status). With"
            + " expectedStatus the change is made only if the booking still has it (409 naming expectedStatus).")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartureTicketView.class)))
    public Response changeDepartureTicketStatus(@PathParam("meetingId") UUID meetingId,
            @PathParam("ticketId") UUID ticketId, @Valid @NotNull TicketStatusRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            DepartureTicketView ticket = tickets.changeStatus(meetingId, ticketId, request, caller.name());
            return Response.ok(ticket).header(HttpHeaders.ETAG, Versions.etag(ticket.version())).build();
        });
    }
}
