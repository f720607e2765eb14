package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.UUID;

@Schema(name = "FinalisedRosterEntry", description = "An entry of the roster as a finalised version holds it: what a"
        + " printed roster shows and a comparison looks at, without phone, ID number or needs")
public record RosterEntryView(
        UUID attendeeId,
        @Schema(description = "The version of the entry") long version,
        String name,
        Gender gender,
        Category category,
        @Nullable String delegation,
        @Nullable String unit,
        @Nullable String title,
        @Schema(description = "Protocol rank, 1 the highest") @Nullable Integer rank,
        @Schema(description = "Role in the delegation") @Nullable DelegationRole delegationRole,
        @Schema(description = "Ethnic group (民族): the two-digit code of GB/T 3304") @Nullable String ethnicity,
        @Schema(description = "Sector (界别)") @Nullable String sector,
        @Schema(description = "Party affiliation (党派)") @Nullable Party party,
        @Schema(description = "Grade (职级)") @Nullable Grade grade,
        @Schema(description = "For accompanying people (随行): the attendee they accompany") @Nullable UUID principalId) {
}
