package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.domain.dining.MealService;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "MealRequest", description = "A meal served in a hall on a day; one of each kind per hall and day")
public record MealRequest(
        @NotNull UUID hallId,
        @Schema(examples = "2027-01-15") @NotNull LocalDate day,
        @NotNull MealKind kind,
        @Schema(description = "BANQUET (桌餐) or BUFFET (自助餐)") @NotNull MealService service) {
}
