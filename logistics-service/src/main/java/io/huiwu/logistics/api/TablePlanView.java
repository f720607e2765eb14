package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.TablePlanning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "TablePlan", description = "Who sits where at a meal by protocol: the hall's tables in rank order, each"
        + " seat with its rank, position and who the plan puts there and why, and whoever has no seat")
public record TablePlanView(UUID mealId, int people, int placed, List<Table> tables, List<Unplaced> unplaced) {

    @Schema(name = "TablePlanTable")
    public record Table(UUID tableId, int number, int rank, boolean main, @Nullable Diet diet, int capacity,
            List<Seat> seats) {
    }

    @Schema(name = "TablePlanSeat", description = "A seat: its number is its rank at the table (1 the host's)")
    public record Seat(int seat,
            @Schema(description = "HOST (facing the door), SECOND_HOST (opposite), HOST_RIGHT_n, HOST_LEFT_n")
            String position,
            @Schema(description = "Degrees round the table from the host's seat towards his right") int angle,
            @Nullable UUID attendeeId, @Nullable String name, @Nullable String delegation,
            @Nullable TablePlanning.Rule rule,
            @Schema(description = "What decided: the protocol rank, the diet or the delegation") @Nullable String key,
            @Nullable String explanation, @Nullable String explanationZh) {
    }

    @Schema(name = "TablePlanUnplaced")
    public record Unplaced(UUID attendeeId, String name, String reason, String reasonZh) {
    }
}
