package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedReplan", description = "What applying a re-plan changed")
public record AppliedReplanView(
        @Schema(description = "Free beds given") int assigned,
        @Schema(description = "Beds given up by people no longer on the roster") int unassigned,
        @Schema(description = "People still without a bed") int unplaced,
        @Schema(description = "Beds left as they were") int unchanged) {
}
