package io.huiwu.registration.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code discussion-group-updated} on topic {@value #TOPIC}, keyed by group id, when a discussion group is
 * created, renamed, given another room or size, or its members change, and {@code discussion-group-removed} when it
 * is deleted: venue books a room of the size asked, documents gathers the group's records, logistics fills site-visit
 * buses by group.
 */
@ApplicationScoped
public class DiscussionGroupEvents {

    public static final String TOPIC = "registration.group";
    public static final String UPDATED = "discussion-group-updated";
    public static final String REMOVED = "discussion-group-removed";

    private final Outbox outbox;

    public DiscussionGroupEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of discussion-group-updated. Schema: {@code DiscussionGroupSnapshot} in {@code asyncapi/asyncapi.yaml}.
     * Members are the people who take part, conveners first; staff are the meeting's staff in the group.
     */
    public record Snapshot(UUID groupId, UUID meetingId, String name, int position, String room,
            Integer requestedRoomSize, List<Member> members, List<Staff> staff, long version) {
    }

    public record Member(UUID attendeeId, String name, String delegation, boolean convener) {
    }

    public record Staff(UUID attendeeId, String name) {
    }

    /** The data of discussion-group-removed. Schema: {@code DiscussionGroupRemoval}. */
    public record Removal(UUID groupId, UUID meetingId, String name, long version) {
    }

    public void updated(Snapshot group) {
        outbox.publish(TOPIC, UPDATED, group.groupId().toString(), group);
    }

    public void removed(Removal group) {
        outbox.publish(TOPIC, REMOVED, group.groupId().toString(), group);
    }
}
