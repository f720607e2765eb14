package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Arrivals", description = "报到: who has checked in for the meeting at any registration desk, each"
        + " person once")
public record ArrivalsView(
        @Schema(description = "Active attendees") long expected,
        @Schema(description = "Of those, checked in at one desk or more") long arrived,
        long notYetArrived,
        @Schema(description = "Who has not checked in yet, by surname strokes") List<Person> notArrived,
        List<Group> byDelegation,
        List<Group> byCategory,
        OffsetDateTime at) {

    @Schema(name = "ArrivalsPerson")
    public record Person(UUID attendeeId, String name, @Nullable String delegation, Category category) {
    }

    @Schema(name = "ArrivalsGroup")
    public record Group(@Schema(description = "The delegation or category; null for people in no delegation")
            @Nullable String key, long expected, long arrived) {
    }
}
