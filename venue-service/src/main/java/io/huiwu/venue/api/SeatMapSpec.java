package io.huiwu.venue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SeatMapSpec", description = "A hall's seat map as a compact grid: floors with blocks from the"
        + " audience's left to right, an aisle between each two blocks, and the rostrum's rows")
public record SeatMapSpec(
        @NotEmpty @Size(max = 10) List<@NotNull @Valid FloorSpec> floors,
        @Schema(description = "Seats per row of the rostrum, the front row first", examples = "[7, 9]")
        @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> rostrumRows) {

    @Schema(name = "SeatMapFloor")
    public record FloorSpec(
            @Schema(description = "1 is the ground floor (一层)") @NotNull @Min(1) @Max(20) Integer floor,
            @NotEmpty @Size(max = 40) List<@NotNull @Valid BlockSpec> blocks) {
    }

    @Schema(name = "SeatMapBlock", description = "A block of rows x seats; seat numbers continue across the floor's"
            + " row from the block on its left unless firstSeat says otherwise")
    public record BlockSpec(
            @Schema(examples = "A") @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9\\p{IsHan}]+") String code,
            @Schema(description = "Its front row's number on the floor; 1 when absent") @Min(1) @Max(200)
            Integer firstRow,
            @NotNull @Min(1) @Max(200) Integer rows,
            @NotNull @Min(1) @Max(200) Integer seatsPerRow,
            @Schema(description = "The number of its leftmost seats") @Min(1) @Max(2000) Integer firstSeat) {
    }
}
