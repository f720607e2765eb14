package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Readiness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Readiness", description = "会务检查: what is still missing, for the whole meeting or one delegation")
public record ReadinessView(
        UUID meetingId,
        @Schema(description = "The delegation asked for; null for the whole meeting") @Nullable String delegation,
        @Schema(description = "Active attendees considered") long people,
        @Schema(description = "How many of them lack nothing") long ready,
        List<CheckCount> checks,
        @Schema(description = "Everyone lacking something, by surname strokes") List<Person> notReady,
        OffsetDateTime at) {

    @Schema(name = "ReadinessCheck")
    public record CheckCount(Readiness.Check check, @Schema(description = "The check in words, in Chinese")
            String label, @Schema(description = "People it applies to") long expected, long done, long missing) {
    }

    @Schema(name = "ReadinessPerson")
    public record Person(UUID attendeeId, String name, @Nullable String delegation, Category category,
            List<Readiness.Check> missing) {
    }
}
