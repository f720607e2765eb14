package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedPickupPlan", description = "What applying a pickup plan changed")
public record AppliedPickupPlanView(
        @Schema(description = "Pickups scheduled (new, or of a wave planned again)") int scheduled,
        @Schema(description = "Pickups left as they were (their waves unchanged, or completed)") int unchanged,
        @Schema(description = "Pickups replaced or taken away") int removed,
        @Schema(description = "People with no pickup") int unplaced) {
}
