package io.huiwu.registration.api;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.Party;
import io.huiwu.registration.domain.RosterVerification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
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
        @Schema(description = "The kind of document idNumber is from; null without one") @Nullable
        IdDocumentType idType,
        @Schema(description = "Masked (110105********002X) for everyone but organizers") @Nullable String idNumber,
        @Schema(description = "For accompanying people (随行): the attendee they accompany") @Nullable UUID principalId,
        @Schema(description = "Ethnic group (民族): the two-digit code of GB/T 3304", examples = "01") @Nullable
        String ethnicity,
        @Schema(description = "The ethnic group's name in GB/T 3304", examples = "汉族") @Nullable String ethnicityName,
        @Schema(description = "Sector (界别)") @Nullable String sector,
        @Schema(description = "Party affiliation (党派)") @Nullable Party party,
        @Schema(description = "Grade (职级), highest first") @Nullable Grade grade,
        @Schema(description = "Role in the delegation") @Nullable DelegationRole delegationRole,
        @Schema(description = "Special diets; empty for none") List<Diet> diet,
        @Schema(description = "Accessibility needs (无障碍需求)") @Nullable String accessibilityNeeds,
        @Schema(description = "Health needs (健康需求): shown as ****** to everyone but organizers and the attendee")
        @Nullable String healthNeeds,
        AttendeeStatus status,
        @Schema(description = "Where the current version stands in verification; null in history entries")
        @Nullable Verification verification,
        @Schema(description = "What the verifiers should look at: data that is allowed but disagrees with itself, such"
                + " as a gender the ID number contradicts. Never a reason to refuse the entry.")
        List<Warning> warnings,
        String lastEditedBy,
        @Schema(description = "Send it back in If-Match to change or verify the entry") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Where the current version of the entry stands in verification. */
    @Schema(name = "Verification")
    public record Verification(RosterVerification.VerificationState state, int count, int required) {
    }

    /** Something in the entry for its verifiers to check against the source documents. */
    @Schema(name = "AttendeeWarning")
    public record Warning(
            @Schema(description = "The field to check", examples = "gender") String field,
            @Schema(description = "What kind of disagreement", enumeration = {"ID_NUMBER_GENDER"}) String code,
            @Schema(description = "What to check, in the caller's language (Accept-Language)") String message) {
    }
}
