package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "BudgetLine", description = "A budget line with what its items cost: everything received for it"
        + " (committed), the part handed out in kits (issued), and what is left of the amount")
public record BudgetLineView(UUID id, UUID meetingId, String code, String name, BigDecimal amount,
        @Schema(description = "Units received (initial stock, deliveries, counts) times unit cost")
        BigDecimal committed,
        @Schema(description = "Units handed out in kits times unit cost") BigDecimal issued,
        @Schema(description = "amount less committed; below zero when the line is overspent") BigDecimal remaining,
        boolean overspent, OffsetDateTime updatedAt, long version) {
}
