package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "DietCounts", description = "For the kitchen: how many are seated at a meal and with which diets, for"
        + " the meal and per table")
public record DietCountsView(UUID mealId, int people, List<Count> diets, List<Table> tables) {

    @Schema(name = "DietCount")
    public record Count(Diet diet, String label, int people) {
    }

    @Schema(name = "DietCountsTable")
    public record Table(UUID tableId, int number, int people, List<Count> diets) {
    }
}
