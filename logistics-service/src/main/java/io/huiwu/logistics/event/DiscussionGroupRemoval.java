package io.huiwu.logistics.event;

import java.util.UUID;

/** What logistics reads from registration's discussion-group-removed: the group is gone, its members in none. */
public record DiscussionGroupRemoval(UUID groupId, UUID meetingId, String name, Long version) {
}
