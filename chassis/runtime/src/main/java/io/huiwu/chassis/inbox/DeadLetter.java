package io.huiwu.chassis.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event this service could not apply, as an operator sees it: where it came from, what it was, why it failed and
 * what became of it. The event's data is not shown (it may hold personal data); the copy on the dead-letter topic
 * keeps it whole.
 */
@Schema(name = "DeadLetter", description = "An event this service could not apply, kept for replay after a fix")
public record DeadLetter(
        UUID id,
        @Schema(enumeration = {"PENDING", "REPLAYED", "DISCARDED"}) String status,
        @Schema(description = "The topic the event was read from") String topic,
        int partition,
        long offset,
        @Nullable String key,
        @Schema(description = "The CloudEvents id; null when the message could not be read as an event")
        @Nullable String eventId,
        @Nullable String eventType,
        @Schema(description = "The aggregate the event is about") @Nullable String subject,
        @Schema(description = "Why the last attempt failed") String error,
        @Schema(description = "How many times the event was tried, replays included") int attempts,
        OffsetDateTime failedAt,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "For a replayed event: APPLIED, ALREADY_APPLIED (it had been applied meanwhile, so"
                + " nothing changed) or NOT_READ (the service no longer reads this type); null until replayed",
                enumeration = {"APPLIED", "ALREADY_APPLIED", "NOT_READ"})
        @Nullable String outcome,
        @Nullable OffsetDateTime resolvedAt,
        @Schema(description = "Who replayed or discarded it") @Nullable String resolvedBy,
        @Schema(description = "Why it was discarded") @Nullable String reason) {

    /** The states of a dead letter. */
    public enum Status { PENDING, REPLAYED, DISCARDED }
}
