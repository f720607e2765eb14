package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "BulkVerificationAnswer",
        description = "What became of each entry, in the order sent. Each entry is judged on its own; those verified"
                + " are recorded together, so an answer that never arrived can be sent again: they come back as"
                + " already_verified")
public record BulkVerificationAnswer(
        @Schema(description = "Entries verified now") int verified,
        @Schema(description = "Entries the caller had already verified at that version") int alreadyVerified,
        @Schema(description = "Entries refused, each with its reason") int refused,
        List<Result> results) {

    @Schema(name = "BulkVerificationResult")
    public record Result(
            UUID attendeeId,
            @Schema(description = "The version sent") long version,
            @Schema(enumeration = {"verified", "already_verified", "refused"}) String outcome,
            @Schema(description = "Why it was refused: not_found (no such entry in this meeting), withdrawn,"
                    + " version_changed (read it again: see currentVersion), own_version (the caller made it;"
                    + " someone else must verify it), enough (it has all the verifications required); null"
                    + " otherwise", enumeration = {"not_found", "withdrawn", "version_changed", "own_version",
                            "enough"})
            @Nullable String reason,
            @Schema(description = "The entry's current version; null when not found") @Nullable Long currentVersion,
            @Schema(description = "Where the current version stands now; null when not found")
            @Nullable AttendeeView.Verification verification) {
    }
}
