package io.huiwu.chassis.inbox;

import io.huiwu.chassis.security.Caller;
import io.huiwu.chassis.security.Roles;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The dead letters of this service, for the people who run the platform: list them, read one, replay one or all
 * pending after a fix, or discard one that must not be applied.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Events this service could not apply, kept for replay after a fix")
@RolesAllowed(Roles.ADMINISTRATOR)
public class DeadLetterResource {

    /** Why a dead letter is discarded, kept with it. */
    @Schema(name = "DeadLetterDiscard", description = "Why the dead letter must not be applied")
    public record Discard(@NotBlank @Size(max = 500) String reason) {
    }

    private final DeadLetters deadLetters;
    private final Caller caller;

    public DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the dead letters", description = "Oldest first. Without status, all of them.")
    public PageResult<DeadLetter> listDeadLetters(
            @QueryParam("status") @Pattern(regexp = "PENDING|REPLAYED|DISCARDED",
                    message = "must be PENDING, REPLAYED or DISCARDED")
            @Parameter(description = "Only those in this state", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"PENDING", "REPLAYED", "DISCARDED"})) String status,
            @QueryParam("topic") @Size(max = 200) @Parameter(description = "Only those read from this topic")
            String topic,
            @BeanParam @Valid PageRequest paging) {
        return deadLetters.list(status == null ? null : DeadLetter.Status.valueOf(status), topic, paging);
    }

    @GET
    @Path("/{deadLetterId}")
    @Operation(summary = "Read a dead letter")
    public DeadLetter getDeadLetter(@PathParam("deadLetterId") UUID deadLetterId) {
        return deadLetters.require(deadLetterId);
    }

    @POST
    @Path("/{deadLetterId}/replay")
    @Operation(summary = "Replay a dead letter",
            description = "Applies the event now, as the consumer would have: once, in one transaction with its"
                    + " new state. An event applied meanwhile is not applied again (outcome ALREADY_APPLIED). If it"
                    + " still fails, the answer is replay-failed with the error and the dead letter stays pending.")
    @APIResponse(responseCode = "200", description = "Replayed; the outcome says what it did")
    @APIResponse(responseCode = "409", description = "Already replayed or discarded, or still failing"
            + " (replay-failed)")
    public DeadLetter replayDeadLetter(@PathParam("deadLetterId") UUID deadLetterId) {
        return deadLetters.replay(deadLetterId, caller.name());
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay the pending dead letters",
            description = "Oldest first, each as a replay of one, at most 500 per call (remaining says how many are"
                    + " left). Those that still fail stay pending and are listed.")
    public ReplayReport replayPendingDeadLetters(
            @QueryParam("topic") @Size(max = 200) @Parameter(description = "Only those read from this topic")
            String topic) {
        return deadLetters.replayPending(topic, caller.name());
    }

    @POST
    @Path("/{deadLetterId}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard a dead letter", description = "It will not be applied; the reason is kept.")
    @APIResponse(responseCode = "200", description = "Discarded")
    @APIResponse(responseCode = "409", description = "Already replayed or discarded")
    public DeadLetter discardDeadLetter(@PathParam("deadLetterId") UUID deadLetterId,
            @Valid @NotNull Discard request) {
        return deadLetters.discard(deadLetterId, caller.name(), request.reason());
    }
}
