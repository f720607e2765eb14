package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.MealKind;
import io.huiwu.logistics.domain.dining.MealService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Meal", description = "A meal, with how many people have a seat at it")
public record MealView(UUID id, UUID hallId, String hall, LocalDate day, MealKind kind, MealService service,
        int seated, long version) {
}
