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

/**
 * A hall's seat map in full, as the service serves it with each version ({@code document}) and takes it for a
 * draft. Its JSON Schema is {@code schemas/seat-map.schema.json}, served at {@code /api/v1/schemas/seat-map}; the
 * limits here and there are the same.
 */
@Schema(name = "SeatMapDocument", description = "A hall's seat map in full: floors, each with its blocks from the"
        + " audience's left to right, each block with its rows from the front and each row with its seats, every"
        + " seat with a stable id, its number in the row (where it is drawn) and its printed label. Rows may differ"
        + " in length and skip numbers; a curved or staggered row is its seats' labels. JSON Schema (draft"
        + " 2020-12): GET /api/v1/schemas/seat-map")
public record SeatMapDocument(
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Floor> floors,
        @Schema(description = "The aisles between blocks; when absent, one between each two neighbouring blocks of"
                + " a floor") @Size(max = 400) List<@NotNull @Valid Aisle> aisles,
        @Schema(description = "Seats per row of the rostrum, the front row first", examples = "[7, 9]")
        @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> rostrumRows) {

    @Schema(name = "SeatMapDocumentFloor")
    public record Floor(
            @Schema(description = "1 is the ground floor (一层)") @NotNull @Min(1) @Max(20) Integer floor,
            @NotEmpty @Size(max = 40) List<@NotNull @Valid Block> blocks) {
    }

    @Schema(name = "SeatMapDocumentBlock")
    public record Block(
            @Schema(examples = "A") @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9\\p{IsHan}]+") String code,
            @Schema(description = "The part of the hall the block is in (池座, 楼座); none when absent")
            @Size(max = 40) @Pattern(regexp = "[^\\p{Cntrl}]*") String zone,
            @NotEmpty @Size(max = 400) List<@NotNull @Valid Row> rows) {
    }

    @Schema(name = "SeatMapDocumentRow")
    public record Row(
            @Schema(description = "Its number on the floor, from the front") @NotNull @Min(1) @Max(400) Integer row,
            @NotEmpty @Size(max = 400) List<@NotNull @Valid Seat> seats) {
    }

    @Schema(name = "SeatMapDocumentSeat")
    public record Seat(
            @Schema(description = "Stable from one version to the next", examples = "F1-R3-S12")
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String id,
            @Schema(description = "Its place across the floor's row from the audience's left, where it is drawn")
            @NotNull @Min(1) @Max(2500) Integer number,
            @Schema(examples = "一层 3排 12号") @NotBlank @Size(max = 60) @Pattern(regexp = "[^\\p{Cntrl}]*")
            String label) {
    }

    @Schema(name = "SeatMapDocumentAisle", description = "An aisle on a floor between two of its blocks")
    public record Aisle(
            @NotNull @Min(1) @Max(20) Integer floor,
            @NotBlank @Size(max = 10) String leftBlock,
            @NotBlank @Size(max = 10) String rightBlock) {
    }
}
