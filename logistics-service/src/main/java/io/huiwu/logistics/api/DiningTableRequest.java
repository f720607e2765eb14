package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.TablePlanning;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "DiningTableRequest", description = "A table of a dining hall and where it stands on the hall plan")
public record DiningTableRequest(
        @Schema(description = "The table's number (桌号), unique in the hall", examples = "1")
        @NotNull @Min(1) @Max(999) Integer number,
        @Schema(description = "Seats, at most 10 (DOMAIN.md, Dining)", examples = "10")
        @NotNull @Min(1) @Max(TablePlanning.MAX_SEATS) Integer capacity,
        @Schema(description = "Across the hall, to the right as seen facing the door (the host's right)",
                examples = "0")
        @NotNull @Min(-1000) @Max(1000) Integer x,
        @Schema(description = "Away from the door", examples = "20") @NotNull @Min(0) @Max(1000) Integer y,
        @Schema(description = "The main table (主桌); one per hall. Without one, the table farthest from the door"
                + " ranks first") @Nullable Boolean main,
        @Schema(description = "Set aside for a diet: HALAL (清真桌), VEGETARIAN or VEGAN")
        @Nullable Diet diet) {
}
