package io.huiwu.registration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AttendeeHistoryEntry", description = "A change to a roster entry or a verification of it")
public record AttendeeHistoryView(
        long version,
        @Schema(examples = "UPDATED", description = "REGISTERED, UPDATED, VERIFIED, WITHDRAWN or IMPORTED") String action,
        String actor,
        OffsetDateTime at,
        @Schema(description = "The entry as it stood after this action (personal data masked for non-organizers)")
        JsonNode entry) {
}
