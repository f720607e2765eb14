package io.huiwu.logistics.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "KitRequest", description = "A kit: the items each person of some categories is handed once")
public record KitRequest(
        @Schema(description = "Unique in the meeting", examples = "代表资料袋") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Roster categories it is for: ATTENDEE, NON_VOTING, GUEST, STAFF, PRESS, ACCOMPANYING",
                examples = "[\"ATTENDEE\", \"NON_VOTING\"]")
        @NotEmpty @Size(max = 6) List<@NotBlank String> categories,
        @Schema(description = "What is in it") @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> items) {

    @Schema(name = "KitLine", description = "So many of an item in each kit")
    public record Line(@NotNull UUID itemId,
            @Schema(examples = "1") @NotNull @Min(1) @Max(1000) Integer quantity) {
    }
}
