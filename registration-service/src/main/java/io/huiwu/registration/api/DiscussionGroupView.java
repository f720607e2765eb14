package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "DiscussionGroup")
public record DiscussionGroupView(UUID id, UUID meetingId, String name, @Nullable String room, int position,
        @Schema(description = "How many seats the group asks venue for") @Nullable Integer requestedRoomSize,
        List<Member> members, long version) {

    @Schema(name = "DiscussionGroupMember")
    public record Member(UUID attendeeId, String name, @Nullable String delegation, boolean convener) {
    }
}
