package io.huiwu.registration.api;

import io.huiwu.registration.domain.MeetingRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "StaffGrant", description = "A role a member of staff holds in the meeting")
public record StaffGrantView(
        UUID id,
        UUID meetingId,
        @Schema(description = "The staff member's token subject") String subject,
        MeetingRole role,
        @Nullable String displayName,
        @Schema(description = "Who granted it") String grantedBy,
        OffsetDateTime grantedAt) {
}
