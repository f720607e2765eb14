package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Headcount", description = "到会人数 at a check-in point")
public record HeadcountView(
        UUID listId,
        String listName,
        @Schema(description = "Active attendees of the categories that may pass") long expected,
        @Schema(description = "Of those, how many have entered at least once") long checkedIn,
        @Schema(description = "How many are inside now (equals checkedIn where exits are not tracked)") long inside,
        long absent,
        @Schema(description = "Who has not checked in, by surname strokes") List<Person> absentees,
        @Schema(description = "A delegation's members; its staff and accompanying people only with includeSupport=true")
        List<Group> byDelegation,
        List<Group> byCategory,
        OffsetDateTime at) {

    @Schema(name = "HeadcountPerson")
    public record Person(UUID attendeeId, String name, @Nullable String delegation, Category category) {
    }

    @Schema(name = "HeadcountGroup")
    public record Group(@Schema(description = "The delegation or category; null for people in no delegation")
            @Nullable String key, long expected, long checkedIn, long inside) {
    }
}
