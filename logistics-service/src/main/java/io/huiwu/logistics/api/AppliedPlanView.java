package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedPlan", description = "What applying a proposed plan changed")
public record AppliedPlanView(
        @Schema(description = "Beds given or changed") int assigned,
        @Schema(description = "Beds taken away (the plan has no bed for them)") int unassigned,
        @Schema(description = "Beds left as they were, placements by hand among them") int unchanged) {
}
