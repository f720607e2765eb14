package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "RoomBlockRequest", description = "A hotel's whole block (预订房间数): the rooms it holds per night and"
        + " room type, replacing the block before")
public record RoomBlockRequest(
        @Schema(description = "After this day the hotel may let the rooms still unused go (cut-off)")
        @Nullable LocalDate releaseDate,
        @Schema(description = "The rate agreed, as a note", examples = "协议价 480 元/间·夜，含双早")
        @Size(max = 500) @Nullable String rateNote,
        @Schema(description = "Each night and room type once") @NotNull @Size(max = 500)
        List<@Valid @NotNull Night> nights) {

    @Schema(name = "RoomBlockNight", description = "The rooms of one type held on one night")
    public record Night(
            @Schema(description = "The night (the evening's date)", examples = "2027-03-04") @NotNull LocalDate night,
            @NotNull RoomType roomType,
            @Schema(description = "Rooms held, 0 or more") @NotNull @Min(0) @Max(10000) Integer rooms) {
    }
}
