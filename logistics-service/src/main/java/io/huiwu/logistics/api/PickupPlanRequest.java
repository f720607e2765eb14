package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "PickupPlanRequest", description = "How pickups are planned; both optional")
public record PickupPlanRequest(
        @Schema(description = "How long a wave stays open after its first arrival, in minutes (60 when left out)",
                examples = "60") @Min(5) @Max(360) @Nullable Integer windowMinutes,
        @Schema(description = "How long a vehicle needs after a wave's last arrival before it can meet another, in"
                + " minutes (120 when left out)", examples = "120") @Min(0) @Max(720) @Nullable
        Integer turnaroundMinutes) {
}
