package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.JobStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AssignmentJob", description = "A run of room assignment by rules")
public record AssignmentJobView(UUID id, UUID meetingId, JobStatus status,
        @Schema(description = "0 to 100") int progress,
        @Schema(description = "What it is doing now") @Nullable String phase,
        @Nullable String startedBy, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt,
        @Nullable OffsetDateTime appliedAt,
        @Schema(description = "Why it failed") @Nullable String error,
        @Schema(description = "The proposed plan, once SUCCEEDED") @Nullable RoomingResult result) {
}
