package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "VerificationOverride",
        description = "An organizer's decision to let one version of an entry pass without its verifications")
public record VerificationOverrideView(
        UUID id,
        UUID attendeeId,
        @Schema(description = "The entry's name as it stands now") String attendeeName,
        @Schema(description = "The version of the entry it was given for") long version,
        String reason,
        @Schema(description = "The organizer who gave it (token subject)") String overriddenBy,
        OffsetDateTime overriddenAt,
        @Schema(description = "Whether it still applies: the entry is active and still at that version (an edit"
                + " needs verifying again)") boolean current) {
}
