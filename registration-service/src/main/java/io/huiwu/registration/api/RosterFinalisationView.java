package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RosterFinalisation", description = "A finalised version of the roster (定稿): every active entry as it"
        + " stood, each verified, numbered 1, 2, 3... per meeting, with its counts")
public record RosterFinalisationView(
        UUID meetingId,
        @Schema(description = "1, 2, 3... per meeting") int version,
        @Nullable String note,
        String finalisedBy,
        OffsetDateTime finalisedAt,
        @Schema(description = "How many entries it holds") int entries,
        @Schema(description = "Entries by category, in the order of the categories; only those it has")
        List<CategoryCount> categories,
        @Schema(description = "Entries by delegation, in the meeting's order of delegations")
        List<DelegationCount> delegations,
        @Schema(description = "Entries without a delegation (guests, staff...)") int withoutDelegation,
        @Schema(description = "Whether it is the meeting's latest finalised version") boolean latest,
        @Schema(description = "On the latest version only (null on earlier ones): whether the roster differs from it"
                + " now, so that it needs finalising again; GET /roster/changes says how")
        @Nullable Boolean changedSinceFinalised) {

    @Schema(name = "RosterCategoryCount")
    public record CategoryCount(Category category, int count) {
    }

    @Schema(name = "RosterDelegationCount")
    public record DelegationCount(@Schema(examples = "长安区代表团") String delegation, int count) {
    }
}
