package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Session", description = "A session of venue's schedule, as venue last published it")
public record SessionView(
        UUID sessionId,
        UUID meetingId,
        @Schema(description = "venue's version of the session") long version,
        @Schema(description = "PLENARY, PREPARATORY, GROUP, ELECTION, ACTIVITY, SITE_VISIT") String kind,
        String name,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "The hall or room, if any") String place,
        @Schema(description = "The discussion groups of a GROUP session") List<UUID> groupIds,
        boolean cancelled) {
}
