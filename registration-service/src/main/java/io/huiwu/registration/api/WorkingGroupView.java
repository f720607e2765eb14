package io.huiwu.registration.api;

import io.huiwu.registration.domain.WorkingGroupKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "WorkingGroup")
public record WorkingGroupView(UUID id, UUID meetingId, String name, WorkingGroupKind kind, @Nullable String leader,
        List<WorkingGroupRequest.Member> members, long openTasks, long overdueTasks, long version) {
}
