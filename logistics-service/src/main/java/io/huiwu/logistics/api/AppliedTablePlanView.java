package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedTablePlan", description = "What applying a table plan changed")
public record AppliedTablePlanView(
        @Schema(description = "Seats given or changed") int assigned,
        @Schema(description = "Seats taken away (the plan has no seat for them)") int unassigned,
        @Schema(description = "Seats left as they were, seats given by hand among them") int unchanged,
        @Schema(description = "People the plan found no seat for") int unplaced) {
}
