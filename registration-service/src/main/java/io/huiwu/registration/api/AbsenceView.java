package io.huiwu.registration.api;

import io.huiwu.registration.domain.AbsenceReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Absence", description = "A leave (请假) as recorded")
public record AbsenceView(UUID id, UUID meetingId, UUID attendeeId, String attendeeName,
        @Nullable String delegation, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
        List<UUID> sessionIds, AbsenceReason reasonKind, @Nullable String reason, String approvedBy,
        @Schema(description = "REPORTED, or WITHDRAWN (kept on record)") String status, String recordedBy,
        OffsetDateTime recordedAt, @Nullable String withdrawnBy, @Nullable OffsetDateTime withdrawnAt, long version) {
}
