package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Travel", description = "An arrival or departure as registration last reported it")
public record TravelView(UUID attendeeId, String name, @Nullable String delegation,
        @Schema(description = "ARRIVAL or DEPARTURE") String direction,
        @Schema(description = "TRAIN, FLIGHT, CAR or OTHER") String mode,
        @Schema(description = "Train or flight number") @Nullable String number, OffsetDateTime at,
        @Schema(description = "Station or airport") String place, int companions,
        @Schema(description = "ARRIVAL_AFTER_DEPARTURE when the person's arrival is after their departure: such"
                + " trips are planned for nothing until corrected") @Nullable String flag,
        long version) {
}
