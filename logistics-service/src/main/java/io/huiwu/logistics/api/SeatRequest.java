package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "SeatRequest", description = "A seat at a table given by hand (pinned: a table plan never moves it)."
        + " The change is made only if the seat is held by expectedHolder, or free when that is left out")
public record SeatRequest(
        @NotNull UUID tableId,
        @Schema(description = "The seat's number at the table, its rank there (1 the host's)", examples = "3")
        @NotNull @Min(1) @Max(10) Integer seat,
        @Schema(description = "Who the caller saw in the seat; left out for a seat seen free")
        @Nullable UUID expectedHolder) {
}
