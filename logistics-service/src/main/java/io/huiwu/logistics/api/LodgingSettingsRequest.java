package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LodgingSettingsRequest", description = "The organiser's lodging policy for the meeting")
public record LodgingSettingsRequest(
        @Schema(description = "Guests arrive the day before the meeting's first day (default: on the first day)")
        @NotNull Boolean arriveDayBefore) {
}
