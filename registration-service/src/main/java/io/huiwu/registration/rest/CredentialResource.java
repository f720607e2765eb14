package io.huiwu.registration.rest;

import io.huiwu.chassis.idempotency.IdempotentRequests;
import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.BulkIssueView;
import io.huiwu.registration.api.CredentialTypeRequest;
import io.huiwu.registration.api.CredentialTypeView;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.api.HandoverRequest;
import io.huiwu.registration.api.IssueCredentialRequest;
import io.huiwu.registration.api.RevokeCredentialRequest;
import io.huiwu.registration.domain.CredentialStatus;
import io.huiwu.registration.service.CredentialPrinting;
import io.huiwu.registration.service.CredentialService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credentials",
        description = "Credentials (证件): types and their colours, numbering, signed QR codes, revoke and reissue,"
        + " printing")
public class CredentialResource {

    /** The response header of a print: how many credentials were left out because their holder is not final. */
    public static final String LEFT_OUT_UNVERIFIED = "Left-Out-Unverified";

    private static final String[] READERS = {Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE,
            Roles.SECRETARIAT};

    private final CredentialService credentials;
    private final CredentialPrinting printing;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public CredentialResource(CredentialService credentials, CredentialPrinting printing,
            IdempotentRequests idempotency, Caller caller) {
        this.credentials = credentials;
        this.printing = printing;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/credential-types")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a credential type")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = HttpHeaders.ETAG,
            ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialTypeView.class)))
    public Response createCredentialType(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull CredentialTypeRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/credential-types",
                request, () -> {
                    CredentialTypeView created = credentials.createType(meetingId, request);
                    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                            .header(HttpHeaders.ETAG, Versions.etag(created.version())).entity(created).build();
                });
    }

    @GET
    @Path("/credential-types")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "The credential types of the meeting, with how many are issued")
    public PageResult<CredentialTypeView> listCredentialTypes(@PathParam("meetingId") UUID meetingId,
            @BeanParam @Valid PageRequest paging) {
        return PageResult.of(credentials.listTypes(meetingId), paging);
    }

    @GET
    @Path("/credential-types/{typeId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a credential type")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialTypeView.class)))
    public Response getCredentialType(@PathParam("meetingId") UUID meetingId, @PathParam("typeId") UUID typeId) {
        CredentialTypeView type = credentials.getType(meetingId, typeId);
        return Response.ok(type).header(HttpHeaders.ETAG, Versions.etag(type.version())).build();
    }

    @PUT
    @Path("/credential-types/{typeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Change a credential type", description = "Needs If-Match; the prefix is fixed once used")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialTypeView.class)))
    public Response updateCredentialType(@PathParam("meetingId") UUID meetingId, @PathParam("typeId") UUID typeId,
            @Valid @NotNull CredentialTypeRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CredentialTypeView type = credentials.updateType(meetingId, typeId, Versions.required(ifMatch), request);
        return Response.ok(type).header(HttpHeaders.ETAG, Versions.etag(type.version())).build();
    }

    @POST
    @Path("/credential-types/{typeId}/issue-all")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Issue this type to everyone of its categories who lacks one",
            description = "Numbered by rank, then by surname strokes. Only people whose roster entry is final (its"
                    + " current version verified, or let pass by an organizer) get one; the others are listed in"
                    + " notVerified, with how far they are verified.")
    public BulkIssueView issueCredentialsOfType(@PathParam("meetingId") UUID meetingId,
            @PathParam("typeId") UUID typeId) {
        return credentials.issueAll(meetingId, typeId, caller.name());
    }

    @POST
    @Path("/credentials")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Issue a credential to one person or one vehicle",
            description = "A type for people goes to an attendee (attendeeId), only to someone whose roster entry is"
                    + " final: its current version verified, or let pass by an organizer. A type for vehicles"
                    + " (车辆通行证) goes to a vehicle logistics registered (vehicleId). Naming the wrong kind of"
                    + " holder, or a vehicle the meeting does not have, is a 400 naming the field.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "400", description = "attendeeId or vehicleId missing, given for the wrong kind of"
            + " type, or not a vehicle of the meeting (validation-failed, naming the field)")
    @APIResponse(responseCode = "409", description = "The person has withdrawn or already holds one of the type"
            + " (conflict), or their entry is not verified (not-verified: how many verifications it has and needs)")
    public Response issueCredential(@PathParam("meetingId") UUID meetingId,
            @Valid @NotNull IssueCredentialRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/v1/meetings/" + meetingId + "/credentials", request,
                () -> {
                    CredentialView issued = credentials.issue(meetingId, request.attendeeId(), request.vehicleId(),
                            request.typeId(), caller.name());
                    return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                            .entity(issued).build();
                });
    }

    @GET
    @Path("/credentials")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "List credentials", description = "QR contents are included for organizers and registrars")
    public PageResult<CredentialView> listCredentials(@PathParam("meetingId") UUID meetingId,
            @QueryParam("attendeeId") UUID attendeeId, @QueryParam("typeId") UUID typeId,
            @QueryParam("status") CredentialStatus status, @BeanParam @Valid PageRequest paging) {
        return credentials.list(meetingId, attendeeId, typeId, status, mayReadPayloads(), paging);
    }

    @GET
    @Path("/credentials/{credentialId}")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR, Roles.LOGISTICS, Roles.VENUE, Roles.SECRETARIAT})
    @Operation(summary = "Read a credential")
    public CredentialView getCredential(@PathParam("meetingId") UUID meetingId,
            @PathParam("credentialId") UUID credentialId) {
        return credentials.get(meetingId, credentialId, mayReadPayloads());
    }

    @POST
    @Path("/credentials/{credentialId}/revoke")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Revoke a credential", description = "It is refused (revoked) at the next scan")
    public CredentialView revokeCredential(@PathParam("meetingId") UUID meetingId,
            @PathParam("credentialId") UUID credentialId,
            @Valid @NotNull RevokeCredentialRequest request) {
        return credentials.revoke(meetingId, credentialId, request.reason(), caller.name());
    }

    @POST
    @Path("/credentials/{credentialId}/handover")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Record that the printed credential was handed over (核发)",
            description = "At 报到: who took the card; who handed it over is the caller, and when is now. Recording it"
                    + " again with the same receiver answers the handover recorded and changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "409", description = "The credential is revoked, or was handed over to someone"
            + " else (conflict)")
    public CredentialView handOverCredential(@PathParam("meetingId") UUID meetingId,
            @PathParam("credentialId") UUID credentialId, @Valid @NotNull HandoverRequest request) {
        return credentials.handOver(meetingId, credentialId, request.receivedBy(), caller.name());
    }

    @POST
    @Path("/credentials/{credentialId}/reissue")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Revoke a credential and issue its holder a new one",
            description = "The new credential has a new number and QR code; the old one stops working at once. Only"
                    + " for someone whose roster entry is final; otherwise nothing changes.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "409", description = "Already reissued, the holder has withdrawn (conflict), or their"
            + " entry is not verified (not-verified)")
    public Response reissueCredential(@PathParam("meetingId") UUID meetingId,
            @PathParam("credentialId") UUID credentialId,
            @Valid @NotNull RevokeCredentialRequest request, @Context UriInfo uri) {
        CredentialView issued = credentials.reissue(meetingId, credentialId, request.reason(), caller.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings").path(meetingId.toString())
                .path("credentials").path(issued.id().toString()).build()).entity(issued).build();
    }

    @GET
    @Path("/credentials/print")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ORGANIZER, Roles.REGISTRAR})
    @Operation(summary = "Printable credentials (PDF)",
            description = "The credentials named by id, or all active ones (of a type); layout ONE (A6), FOUR or EIGHT"
                    + " to an A4 page. Only credentials of people whose roster entry is final are printed: of all"
                    + " (of a type), the others are left out and counted in " + LEFT_OUT_UNVERIFIED + "; a"
                    + " credential named by id whose holder is not final is refused (409 not-verified), as is a"
                    + " revoked one, and so is a print that would leave out every credential.")
    @APIResponse(responseCode = "200", description = "OK", headers = @Header(name = LEFT_OUT_UNVERIFIED,
            description = "How many active credentials were left out because their holder's roster entry is not"
                    + " verified", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "409", description = "A credential named is revoked (conflict), or its holder's entry"
            + " is not verified, or no credential could be printed for that reason (not-verified)")
    public Response printCredentials(@PathParam("meetingId") UUID meetingId,
            @QueryParam("id") @Size(max = 5000) List<UUID> ids, @QueryParam("typeId") UUID typeId,
            @QueryParam("layout") @DefaultValue("FOUR") CredentialPrinting.PrintLayout layout) {
        CredentialPrinting.Printed printed = printing.print(meetingId, ids == null ? List.of() : ids, typeId, layout);
        return Response.ok(printed.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"credentials.pdf\"")
                .header(LEFT_OUT_UNVERIFIED, printed.leftOutUnverified()).build();
    }

    private boolean mayReadPayloads() {
        return caller.is(Roles.ORGANIZER) || caller.is(Roles.REGISTRAR);
    }
}
