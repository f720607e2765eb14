package io.huiwu.registration.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MeetingRequest", description = "A meeting as its organiser creates or changes it")
public record MeetingRequest(
        @Schema(examples = "省十四届人大三次会议") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "2026-01-20") @NotNull LocalDate startDate,
        @Schema(examples = "2026-01-24", description = "Not before startDate") @NotNull LocalDate endDate,
        @Schema(description = "How many distinct members of staff verify each roster entry: 2 (default) or 3")
        @Min(2) @Max(3) Integer requiredVerifications) {
}
