package io.huiwu.registration.api;

import io.huiwu.registration.domain.TravelRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "TravelRequest", description = "How and when someone arrives or leaves")
public record TravelRequest(
        @NotNull TravelRules.TravelMode mode,
        @Schema(description = "Train or flight number", examples = "G1234") @Size(max = 20) String number,
        @Schema(description = "Arrival or departure time", examples = "2026-03-01T14:35:00+08:00") @NotNull
        OffsetDateTime at,
        @Schema(description = "Station or airport", examples = "西安北站") @NotBlank @Size(max = 100) String place,
        @Schema(description = "People travelling with them (drivers, family)") @Min(0) @Max(20) Integer companions,
        @Size(max = 500) String note) {
}
