package io.huiwu.logistics.event;

import java.util.List;
import java.util.UUID;

/**
 * What logistics reads from registration's discussion-group-updated (its {@code DiscussionGroupSnapshot}): the whole
 * group after the change, members in registration's order (conveners first) and the staff serving it. The tests
 * check this type against registration's AsyncAPI document.
 */
public record DiscussionGroupSnapshot(UUID groupId, UUID meetingId, String name, Integer position,
        List<Member> members, List<Staff> staff, Long version) {

    public record Member(UUID attendeeId, String name, Boolean convener) {
    }

    public record Staff(UUID attendeeId, String name) {
    }
}
