package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "SendOffPlanRequest", description = "How send-offs are planned; all optional")
public record SendOffPlanRequest(
        @Schema(description = "How long a group stays open after its first departure, in minutes (60 when left"
                + " out)", examples = "60") @Min(5) @Max(360) @Nullable Integer windowMinutes,
        @Schema(description = "How long before a group's first departure its vehicles leave the hotel, in minutes"
                + " (120 when left out)", examples = "120") @Min(15) @Max(480) @Nullable Integer leadMinutes,
        @Schema(description = "How long a vehicle needs from the station back to the hotels, in minutes (60 when"
                + " left out)", examples = "60") @Min(0) @Max(480) @Nullable Integer backMinutes) {
}
