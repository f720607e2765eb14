package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "LodgingSettings", description = "The meeting's lodging policy and the default nights it gives: a stay"
        + " whose dates staff did not set takes the reported travel's, else these")
public record LodgingSettingsView(
        @Schema(description = "Guests arrive the day before the meeting's first day") boolean arriveDayBefore,
        @Schema(description = "The meeting's first day, as registration published it; null until it has")
        @Nullable LocalDate meetingStart,
        @Schema(description = "The meeting's last day") @Nullable LocalDate meetingEnd,
        @Schema(description = "The default first night") @Nullable LocalDate defaultArrival,
        @Schema(description = "The default day of departure") @Nullable LocalDate defaultDeparture,
        @Nullable String updatedBy, @Nullable OffsetDateTime updatedAt,
        @Schema(description = "The ETag's version (0 also before the policy is first set)") long version) {
}
