package io.huiwu.logistics.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "SupplyItemRequest", description = "An item of the meeting's supplies (会议用品)")
public record SupplyItemRequest(
        @Schema(description = "Unique in the meeting", examples = "会议手册") @NotBlank @Size(max = 100) String name,
        @Schema(description = "What one is counted in", examples = "本") @NotBlank @Size(max = 20) String unit,
        @Schema(description = "Cost of one, in yuan", examples = "12.50")
        @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
        BigDecimal unitCost,
        @Schema(description = "The budget line it is charged to") @Nullable UUID budgetLineId,
        @Schema(description = "What is in stock when the item is added; only then: later changes of stock are"
                + " movements (POST .../stock)", examples = "500")
        @Nullable @Min(0) @Max(1_000_000) Integer initialStock) {
}
