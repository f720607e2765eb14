package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.domain.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Session", description = "A session as venue-service scheduled it, with the door list registration"
        + " keeps for it")
public record SessionView(UUID id, UUID meetingId, SessionKind kind, String name, OffsetDateTime startsAt,
        OffsetDateTime endsAt, @Nullable String place,
        @Schema(description = "The categories that take part") List<Category> categories,
        @Schema(description = "Only these delegations take part; empty for all") List<String> delegations,
        @Schema(description = "Only the members of these discussion groups take part; empty for all")
        List<UUID> groupIds,
        boolean cancelled,
        @Schema(description = "The check-in list of its doors") UUID listId,
        @Schema(description = "The quorum rule for its kind in this meeting") QuorumRule quorumRule,
        @Schema(description = "Venue's version of the session") long sourceVersion) {
}
