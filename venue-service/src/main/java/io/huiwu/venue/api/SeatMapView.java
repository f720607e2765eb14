package io.huiwu.venue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SeatMap", description = "A version of a hall's seat map: the draft or a published one")
public record SeatMapView(
        UUID id,
        UUID hallId,
        @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status,
        @Schema(description = "1, 2, 3... once published; null for the draft") Integer number,
        @Schema(description = "The grid spec it was made from; null for a map given as a document") @Nullable
        SeatMapSpec spec,
        @Schema(description = "The whole map as a document: edit it and PUT it to .../seat-map/draft/document for"
                + " the next draft") SeatMapDocument document,
        int seatCount,
        List<AisleView> aisles,
        @Schema(description = "Every seat by floor, row and number") List<SeatView> seats,
        @Schema(description = "Also its ETag") long version,
        OffsetDateTime publishedAt) {

    @Schema(name = "SeatMapAisle", description = "An aisle between two neighbouring blocks of a floor")
    public record AisleView(int floor, String leftBlock, String rightBlock) {
    }

    @Schema(name = "SeatMapSeat")
    public record SeatView(
            @Schema(description = "Stable from one version to the next", examples = "F1-R3-S12") String id,
            @Schema(examples = "一层 3排 12号") String label,
            int floor, String block, int row, int number,
            @Schema(description = "Why it is out of use; null when it is not") String blocked) {
    }
}
