package io.huiwu.registration.api;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.RosterVerification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        String delegation,
        String unit,
        String title,
        Integer rank,
        @Schema(description = "Masked (138****5678) for everyone but organizers") String phone,
        @Schema(description = "Masked (110105********002X) for everyone but organizers") String idNumber,
        UUID principalId,
        AttendeeStatus status,
        Verification verification,
        String lastEditedBy,
        @Schema(description = "Send it back in If-Match to change or verify the entry") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Where the current version of the entry stands in verification. */
    @Schema(name = "Verification")
    public record Verification(RosterVerification.State state, int count, int required) {
    }
}
