package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "FloorRequest", description = "A floor of a building")
public record FloorRequest(
        @Schema(description = "The level, unique in the building; negative below ground", examples = "8")
        @NotNull @Min(-10) @Max(200) Integer level,
        @Schema(examples = "8F 行政楼层") @Size(max = 50) @Nullable String name) {
}
