package io.huiwu.chassis.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What replaying the pending dead letters did. */
@Schema(name = "ReplayReport", description = "What replaying the pending dead letters did, oldest first")
public record ReplayReport(
        @Schema(description = "Applied now") int applied,
        @Schema(description = "Applied meanwhile by a redelivery, so nothing changed") int alreadyApplied,
        @Schema(description = "Of a type the service no longer reads") int notRead,
        @Schema(description = "Still failing; they stay pending") List<Failure> stillFailing,
        @Schema(description = "Pending dead letters left for another call (at most 500 are replayed per call)")
        long remaining) {

    /** A dead letter that failed again, and why. */
    @Schema(name = "ReplayFailure")
    public record Failure(UUID id, String error) {
    }
}
