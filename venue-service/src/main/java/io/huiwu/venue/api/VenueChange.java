package io.huiwu.venue.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Changes to a venue, hall or room: only the fields sent change. */
public final class VenueChange {

    private VenueChange() {
    }

    @Schema(name = "VenuePatch", description = "A change to a venue: only the fields sent (not null) change")
    public record Venue(
            @Schema(examples = "京西宾馆") @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 200) String name,
            @Schema(description = "An empty string removes the address", examples = "北京市海淀区羊坊店路9号")
            @Size(max = 300) String address) {
    }

    @Schema(name = "SpacePatch", description = "A change to a hall or room: only the fields sent (not null) change;"
            + " its kind stays")
    public record Space(
            @Schema(examples = "第一会议室") @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            @Size(max = 100) String name,
            @Schema(description = "The floor it is on; negative below ground") @Min(-5) @Max(99) Integer floor,
            @Schema(description = "How many people it holds") @Min(1) @Max(100_000) Integer capacity,
            @Schema(description = "What it is equipped with, all of it") @Size(max = 50)
            List<@NotBlank @Size(max = 100) String> equipment) {
    }
}
