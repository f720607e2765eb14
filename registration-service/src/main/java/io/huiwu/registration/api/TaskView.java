package io.huiwu.registration.api;

import io.huiwu.registration.domain.TaskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Task")
public record TaskView(UUID id, UUID meetingId, UUID groupId, String groupName, String title, String owner,
        OffsetDateTime deadline, String requirement, TaskStatus status, OffsetDateTime completedAt,
        @Schema(description = "Still open after its deadline") boolean overdue, long version) {
}
