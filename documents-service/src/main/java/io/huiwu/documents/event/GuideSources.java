package io.huiwu.documents.event;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.huiwu.documents.service.GuideSourceService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the attendee guide (会议须知) shows and other services own, read from their events (EVENTS.md): the
 * discussion groups with their members and conveners (registration.group), the seats (venue.seating), the rooms
 * with the roommates (logistics.lodging) and the tables at meals (logistics.dining). Each reader takes only what
 * the guide prints; the schemas are {@code DiscussionGroupSnapshot} and {@code DiscussionGroupRemoval} in
 * registration's AsyncAPI document, {@code SeatArrangement} in venue's, {@code RoomAssignment} and
 * {@code TableAssignment} in logistics'. The other types of these topics (rostrum-arranged, room-key-handed-over)
 * are not routed, so the consumer skips them before the inbox.
 */
public final class GuideSources {

    public static final String GROUP_TOPIC = "registration.group";
    public static final String SEATING_TOPIC = "venue.seating";
    public static final String LODGING_TOPIC = "logistics.lodging";
    public static final String DINING_TOPIC = "logistics.dining";

    private GuideSources() {
    }

    /** A member of a discussion group; conveners (召集人) come first. */
    public record GroupMember(UUID attendeeId, String name, String delegation, boolean convener) {
    }

    /** discussion-group-updated: the group as it stands after the change. */
    public record DiscussionGroup(UUID groupId, UUID meetingId, String name, int position, String room,
            List<GroupMember> members, long version) {
    }

    /** discussion-group-removed: the version the group had when it was deleted. */
    public record GroupRemoval(UUID groupId, UUID meetingId, String name, long version) {
    }

    /** seat-assigned, seat-unassigned: in a session's seating, or the standing layout (no session). */
    public record Seat(UUID meetingId, UUID attendeeId, UUID sessionId, String seatLabel, String seatId, String hall,
            int floor, String block, int row, int number) {
    }

    /** Someone sharing the room. */
    public record Roommate(UUID attendeeId, String name) {
    }

    /** room-assigned, room-unassigned: the bed, with the roommates as the change left them. */
    public record Room(UUID meetingId, UUID attendeeId, String hotel, String building, int floor, UUID roomId,
            String room, String bed, String phone, List<Roommate> roommates) {
    }

    /** table-assigned, table-unassigned: a seat at a table for one meal. */
    public record Table(UUID meetingId, UUID attendeeId, UUID mealId, LocalDate day, String meal, String hall,
            UUID tableId, String table, String seat, List<String> diet) {
    }

    @ApplicationScoped
    public static class Groups implements EventSubscriber {
        private final GuideSourceService guide;

        public Groups(GuideSourceService guide) {
            this.guide = guide;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic(GROUP_TOPIC)
                    .on("discussion-group-updated", DiscussionGroup.class, (group, event) -> guide.group(group))
                    .on("discussion-group-removed", GroupRemoval.class,
                            (removal, event) -> guide.groupRemoved(removal));
        }
    }

    @ApplicationScoped
    public static class Seating implements EventSubscriber {
        private final GuideSourceService guide;

        public Seating(GuideSourceService guide) {
            this.guide = guide;
        }

        @Override
        public Subscription subscription() {
            // rostrum-arranged (key: a session) is not routed: the guide prints a person's own seat only
            return Subscription.topic(SEATING_TOPIC)
                    .on("seat-assigned", Seat.class,
                            (seat, event) -> guide.seated(seat, event.time()))
                    .on("seat-unassigned", Seat.class,
                            (seat, event) -> guide.unseated(seat, event.time()));
        }
    }

    @ApplicationScoped
    public static class Lodging implements EventSubscriber {
        private final GuideSourceService guide;

        public Lodging(GuideSourceService guide) {
            this.guide = guide;
        }

        @Override
        public Subscription subscription() {
            // room-key-handed-over is not routed: the guide does not show whether the key was handed over
            return Subscription.topic(LODGING_TOPIC)
                    .on("room-assigned", Room.class,
                            (room, event) -> guide.roomAssigned(room, event.time()))
                    .on("room-unassigned", Room.class,
                            (room, event) -> guide.roomUnassigned(room, event.time()));
        }
    }

    @ApplicationScoped
    public static class Dining implements EventSubscriber {
        private final GuideSourceService guide;

        public Dining(GuideSourceService guide) {
            this.guide = guide;
        }

        @Override
        public Subscription subscription() {
            return Subscription.topic(DINING_TOPIC)
                    .on("table-assigned", Table.class,
                            (table, event) -> guide.tableAssigned(table, event.time()))
                    .on("table-unassigned", Table.class,
                            (table, event) -> guide.tableUnassigned(table, event.time()));
        }
    }
}
