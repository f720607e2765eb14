package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "RoomRequest", description = "A room on a floor")
public record RoomRequest(
        @Schema(description = "Unique in the hotel", examples = "8012") @NotBlank @Size(max = 20) String number,
        @Schema(description = "SINGLE 单人间 (one bed), TWIN 标准间 (two beds or more), SUITE 套间")
        @NotNull RoomType type,
        @Schema(description = "1 to 4; a SINGLE has 1, a TWIN at least 2", examples = "2")
        @NotNull @Min(1) @Max(RoomType.MAX_BEDS) Integer beds,
        @Schema(description = "The room's telephone or extension", examples = "8012")
        @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) @Nullable String phone) {
}
