package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RosterChanges", description = "How the roster now differs from a finalised version of it: what a new"
        + " finalisation would take in. Lists are in the printed roster's order (delegation, then surname strokes).")
public record RosterChangesView(
        UUID meetingId,
        @Schema(description = "The finalised version compared with") int since,
        @Schema(description = "When that version was finalised") OffsetDateTime finalisedAt,
        @Schema(description = "Whether anything was added, withdrawn or changed since") boolean changedSinceFinalised,
        @Schema(description = "Active entries the version does not hold, as they are now") List<RosterEntryView> added,
        @Schema(description = "Entries of the version that are no longer active, as the version holds them")
        List<RosterEntryView> withdrawn,
        @Schema(description = "Entries on both whose values differ, each with the fields that changed")
        List<ChangedEntry> changed) {

    @Schema(name = "RosterChangedEntry")
    public record ChangedEntry(
            UUID attendeeId,
            @Schema(description = "The name now") String name,
            @Schema(description = "The delegation now") @Nullable String delegation,
            @Schema(description = "The entry's version in the finalised roster") long finalisedVersion,
            @Schema(description = "The entry's version now") long version,
            List<FieldChange> fields) {
    }

    @Schema(name = "RosterFieldChange", description = "A field's value before (in the finalised version) and after"
            + " (now), as text: codes for enumerations (MALE, ATTENDEE), digits for numbers; null for none")
    public record FieldChange(
            @Schema(enumeration = {"name", "gender", "category", "delegation", "unit", "title", "rank",
                    "delegationRole", "ethnicity", "sector", "party", "grade", "principalId"}) String field,
            @Nullable String before,
            @Nullable String after) {
    }
}
