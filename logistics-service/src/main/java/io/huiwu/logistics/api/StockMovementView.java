package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.supplies.StockReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "StockMovement", description = "One change of an item's stock")
public record StockMovementView(UUID id, UUID itemId, int delta, StockReason reason, @Nullable String note,
        @Schema(description = "The kit handed out, for ISSUED") @Nullable UUID kitIssueId, String actor,
        OffsetDateTime recordedAt) {
}
