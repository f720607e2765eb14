package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code room-assigned}, {@code room-unassigned} and {@code room-key-handed-over} on topic
 * {@value #TOPIC}, keyed by attendee id, through the outbox. registration reads meetingId, attendeeId, hotel, room
 * and bed for its readiness check (its {@code RoomArrangement}); the rest is for the attendee guide and the delivery
 * of documents to rooms. Schemas: {@code RoomAssignment} and {@code RoomKeyHandover} in {@code asyncapi/asyncapi.yaml}.
 * No telephone of a person travels: the room's extension is the hotel's, not personal data.
 */
@ApplicationScoped
public class LodgingEvents {

    public static final String TOPIC = "logistics.lodging";
    public static final String ASSIGNED = "room-assigned";
    public static final String UNASSIGNED = "room-unassigned";
    public static final String KEY_HANDED_OVER = "room-key-handed-over";

    private final Outbox outbox;

    public LodgingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Someone sharing the room. */
    public record Roommate(UUID attendeeId, String name) {
    }

    /**
     * The data of room-assigned and room-unassigned (for an unassignment: the bed that was given up).
     *
     * @param bed the bed's number in the room, as text ("1")
     */
    public record RoomAssignment(UUID meetingId, UUID attendeeId, UUID hotelId, String hotel, String building,
            Integer floor, UUID roomId, String room, String roomType, String bed, String phone,
            List<Roommate> roommates, boolean pinned) {
    }

    /**
     * The data of room-key-handed-over: the guest has the key of their room and the room is occupied.
     *
     * @param handedBy DESK when the check-in at a desk handed it over, HAND when staff did
     * @param desk the check-in list's name, for a handover at a desk
     */
    public record KeyHandover(UUID meetingId, UUID attendeeId, UUID hotelId, String hotel, UUID roomId, String room,
            String bed, String handedBy, String desk, OffsetDateTime handedAt) {
    }

    public void keyHandedOver(KeyHandover handover) {
        outbox.publish(TOPIC, KEY_HANDED_OVER, handover.attendeeId().toString(), handover);
    }

    public void assigned(RoomAssignment assignment) {
        outbox.publish(TOPIC, ASSIGNED, assignment.attendeeId().toString(), assignment);
    }

    public void unassigned(RoomAssignment assignment) {
        outbox.publish(TOPIC, UNASSIGNED, assignment.attendeeId().toString(), assignment);
    }
}
