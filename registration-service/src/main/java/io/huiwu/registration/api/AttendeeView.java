package io.huiwu.registration.api;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.RosterVerification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Attendee")
public record AttendeeView(
        UUID id,
        UUID meetingId,
        String name,
        @Schema(description = "The name in pinyin without tones", examples = "ouyangjianguo") String pinyin,
        Gender gender,
        Category category,
        @Nullable String delegation,
        @Nullable String unit,
        @Nullable String title,
        @Nullable Integer rank,
        @Schema(description = "Masked (138****5678) for everyone but organizers") @Nullable String phone,
        @Schema(description = "Masked (110105********002X) for everyone but organizers") @Nullable String idNumber,
        @Schema(description = "For accompanying people (随行): the attendee they accompany") @Nullable UUID principalId,
        AttendeeStatus status,
        @Schema(description = "Where the current version stands in verification; null in history entries")
        @Nullable Verification verification,
        String lastEditedBy,
        @Schema(description = "Send it back in If-Match to change or verify the entry") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Where the current version of the entry stands in verification. */
    @Schema(name = "Verification")
    public record Verification(RosterVerification.VerificationState state, int count, int required) {
    }
}
