package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code room-assigned} and {@code room-unassigned} on topic {@value #TOPIC}, keyed by attendee id, through
 * the outbox. registration reads meetingId, attendeeId, hotel, room and bed for its readiness check (its
 * {@code RoomArrangement}); the rest is for the attendee guide and the delivery of documents to rooms. Schema:
 * {@code RoomAssignment} in {@code asyncapi/asyncapi.yaml}. No telephone of a person travels: the room's extension
 * is the hotel's, not personal data.
 */
@ApplicationScoped
public class LodgingEvents {

    public static final String TOPIC = "logistics.lodging";
    public static final String ASSIGNED = "room-assigned";
    public static final String UNASSIGNED = "room-unassigned";

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

    public void assigned(RoomAssignment assignment) {
        outbox.publish(TOPIC, ASSIGNED, assignment.attendeeId().toString(), assignment);
    }

    public void unassigned(RoomAssignment assignment) {
        outbox.publish(TOPIC, UNASSIGNED, assignment.attendeeId().toString(), assignment);
    }
}
