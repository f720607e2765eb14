package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Whether a person may leave as far as documents go: cleared when they hold nothing that must come back. */
public record AttendeeClearanceView(UUID attendeeId, String name, String delegation, boolean cleared,
        @Schema(description = "The meeting's latest recall, if one opened") UUID recallId,
        @Schema(description = "The copies they must still return") List<OutstandingCopyView> due) {
}
