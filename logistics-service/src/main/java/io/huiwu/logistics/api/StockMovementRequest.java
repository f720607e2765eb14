package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.supplies.StockReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "StockMovementRequest", description = "A change of an item's stock recorded by staff")
public record StockMovementRequest(
        @Schema(description = "Units added (a delivery) or taken away (a write-off), never 0", examples = "200")
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
        @Schema(description = "RECEIVED (入库), WRITTEN_OFF (报损) or COUNTED (盘点)") @NotNull StockReason reason,
        @Schema(description = "Delivery note, what was damaged") @Nullable @Size(max = 500) String note) {
}
