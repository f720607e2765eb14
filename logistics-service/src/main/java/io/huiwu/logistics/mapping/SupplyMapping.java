package io.huiwu.logistics.mapping;

import io.huiwu.logistics.api.BudgetLineView;
import io.huiwu.logistics.api.StockMovementView;
import io.huiwu.logistics.api.SupplyItemView;
import io.huiwu.logistics.persistence.BudgetLineEntity;
import io.huiwu.logistics.persistence.StockMovementEntity;
import io.huiwu.logistics.persistence.SupplyItemEntity;

import java.math.BigDecimal;

/** Entities of supplies to the records the API returns. */
public final class SupplyMapping {

    private SupplyMapping() {
    }

    public static BudgetLineView view(BudgetLineEntity line, BigDecimal committed, BigDecimal issued) {
        BigDecimal remaining = line.amount.subtract(committed);
        return new BudgetLineView(line.id, line.meetingId, line.code, line.name, line.amount, committed, issued,
                remaining, remaining.signum() < 0, line.updatedAt, line.version);
    }

    public static SupplyItemView view(SupplyItemEntity item, String budgetLineCode) {
        return new SupplyItemView(item.id, item.meetingId, item.name, item.unit, item.unitCost, item.stock,
                item.budgetLineId, budgetLineCode, item.updatedAt, item.version);
    }

    public static StockMovementView view(StockMovementEntity movement) {
        return new StockMovementView(movement.id, movement.itemId, movement.delta, movement.reason, movement.note,
                movement.kitIssueId, movement.actor, movement.recordedAt);
    }
}
