package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.domain.dining.TablePlanning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "TableSeat", description = "Someone's seat at a meal")
public record TableSeatView(UUID attendeeId, String name, UUID mealId, LocalDate day, MealKind meal, UUID hallId,
        String hall, UUID tableId, int table, boolean mainTable, int seat, String position, List<Diet> diet,
        @Schema(description = "Given by hand: a table plan never moves it") boolean pinned, TablePlanning.Rule rule,
        String explanation, String explanationZh, String assignedBy, OffsetDateTime assignedAt, long version) {
}
