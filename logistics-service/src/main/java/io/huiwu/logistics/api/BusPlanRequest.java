package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "BusPlanRequest", description = "The vehicles of a site visit; optional")
public record BusPlanRequest(
        @Schema(description = "The meeting's vehicles to use, in the order they are numbered and filled; when left"
                + " out, the meeting's buses and minibuses (buses first, the largest first, then by plate)")
        @Size(max = 200) @Nullable List<@NotNull UUID> vehicleIds) {
}
