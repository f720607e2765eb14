package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The copies still out in a meeting, in all and per delegation, as of a moment. */
public record OutstandingTallyView(UUID meetingId,
        @Schema(description = "Copies that must come back and are out, in all") long copies,
        List<DelegationOutstandingView> delegations, OffsetDateTime asOf) {
}
