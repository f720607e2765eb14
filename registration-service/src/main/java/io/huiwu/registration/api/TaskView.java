package io.huiwu.registration.api;

import io.huiwu.registration.domain.TaskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Task")
public record TaskView(UUID id, UUID meetingId, @Nullable UUID groupId, @Nullable String groupName, String title,
        String owner, OffsetDateTime deadline, @Nullable String requirement, TaskStatus status,
        @Nullable OffsetDateTime completedAt,
        @Schema(description = "Still open after its deadline") boolean overdue, long version) {
}
