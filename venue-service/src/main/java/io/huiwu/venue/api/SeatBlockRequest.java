package io.huiwu.venue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SeatBlockRequest", description = "Seats of the published map to take out of use, and why")
public record SeatBlockRequest(
        @Schema(examples = "[\"F1-R1-S7\"]") @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 40) String> seatIds,
        @Schema(examples = "摄像机位") @NotBlank @Size(max = 200) String reason) {
}
