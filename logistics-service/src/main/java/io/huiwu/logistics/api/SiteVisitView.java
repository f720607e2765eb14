package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SiteVisit", description = "A site visit (现场参观) as venue scheduled it, with its buses in force")
public record SiteVisitView(
        UUID sessionId,
        UUID meetingId,
        String name,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Nullable String place,
        @Schema(description = "Roster categories taking part (the voting members when none)")
        List<String> categories,
        @Schema(description = "Only these delegations take part; empty for all") List<String> delegations,
        @Schema(description = "Only the members of these discussion groups take part; empty for all")
        List<UUID> groupIds,
        @Schema(description = "Cancelled, or no longer a site visit: it has no buses") boolean cancelled,
        @Schema(description = "venue's version of the session") long version,
        @Nullable OffsetDateTime plannedAt,
        @Nullable String plannedBy,
        @Schema(description = "Buses in force") int buses,
        @Schema(description = "People with a seat") int riders) {
}
