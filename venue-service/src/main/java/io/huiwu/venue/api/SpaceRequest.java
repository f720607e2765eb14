package io.huiwu.venue.api;

import io.huiwu.venue.domain.SpaceKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SpaceRequest", description = "A hall (with a seat map) or a room of a venue")
public record SpaceRequest(
        @NotNull SpaceKind kind,
        @Schema(examples = "第一会议室") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The floor it is on; negative below ground") @Min(-5) @Max(99) Integer floor,
        @Schema(description = "How many people it holds") @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Schema(description = "What it is equipped with", examples = "[\"投影仪\", \"同声传译\"]") @Size(max = 50)
        List<@NotBlank @Size(max = 100) String> equipment) {
}
