package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "PlacementRequest", description = "A bed given by hand: the person is pinned there, and the planner"
        + " never moves them")
public record PlacementRequest(
        @NotNull UUID roomId,
        @Schema(description = "The bed's number in the room; the lowest free one when left out")
        @Min(1) @Max(4) @Nullable Integer bed) {
}
