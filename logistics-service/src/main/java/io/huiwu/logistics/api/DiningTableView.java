package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "DiningTable", description = "A table of a dining hall")
public record DiningTableView(UUID id, UUID hallId, String hall, int number, int capacity, int x, int y,
        boolean main, @Nullable Diet diet,
        @Schema(description = "Its rank in the hall: 1 for the main table, then by nearness to it, right above left")
        int rank, long version) {
}
