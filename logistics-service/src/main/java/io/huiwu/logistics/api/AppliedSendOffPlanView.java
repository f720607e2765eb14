package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedSendOffPlan", description = "What applying a send-off plan did")
public record AppliedSendOffPlanView(
        @Schema(description = "Send-offs (vehicles of groups) now in force") int sendOffs,
        @Schema(description = "People placed") int placed,
        @Schema(description = "People whose arrangement is new or changed: departure-scheduled for each")
        int announced,
        @Schema(description = "People the plan could not place") int unplaced) {
}
