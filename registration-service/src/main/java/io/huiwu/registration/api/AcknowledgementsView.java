package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Acknowledgements", description = "Who has acknowledged a version of a notice and who has not yet"
        + " (attendees, non-voting attendees and guests)")
public record AcknowledgementsView(UUID noticeId, int version, long acknowledged, long pending,
        List<Person> acknowledgedBy, List<Person> pendingFrom) {

    @Schema(name = "AcknowledgingPerson")
    public record Person(UUID attendeeId, String name, @Nullable String delegation,
            @Schema(description = "When they acknowledged; null while pending") @Nullable OffsetDateTime at,
            @Nullable String recordedBy) {
    }
}
