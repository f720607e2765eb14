package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "SupplyItem", description = "An item of the meeting's supplies with what is in stock")
public record SupplyItemView(UUID id, UUID meetingId, String name, String unit, BigDecimal unitCost, int stock,
        @Nullable UUID budgetLineId, @Nullable String budgetLineCode, OffsetDateTime updatedAt, long version) {
}
