package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AttendeeHistoryEntry", description = "A change to a roster entry or a verification of it")
public record AttendeeHistoryView(
        long version,
        @Schema(enumeration = {"REGISTERED", "UPDATED", "VERIFIED", "WITHDRAWN", "IMPORTED"}) String action,
        String actor,
        OffsetDateTime at,
        @Schema(description = "The entry as it stood after this action (personal data masked for non-organizers);"
                + " its verification is not part of the history")
        AttendeeView entry) {
}
