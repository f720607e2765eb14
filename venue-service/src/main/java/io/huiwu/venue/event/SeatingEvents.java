package io.huiwu.venue.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.venue.domain.RostrumSeating;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Publishes seating on topic {@value #TOPIC}: {@code rostrum-arranged} (keyed by session id) when a session's rostrum
 * is arranged or arranged again; {@code seat-assigned} and {@code seat-unassigned} (keyed by attendee id) when a
 * person gets, changes or leaves a seat of a hall. Registration reads the seats for its readiness check and prints
 * the standing layout's on the 座次证; documents write the host's script from the rostrum.
 */
@ApplicationScoped
public class SeatingEvents {

    public static final String TOPIC = "venue.seating";
    public static final String ROSTRUM_ARRANGED = "rostrum-arranged";
    public static final String SEAT_ASSIGNED = "seat-assigned";
    public static final String SEAT_UNASSIGNED = "seat-unassigned";

    private final Outbox outbox;

    public SeatingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of rostrum-arranged: the whole rostrum, rows from the front, each seat from the audience's left, and
     * the policy used. Schema: {@code RostrumArrangement} in {@code asyncapi/asyncapi.yaml}.
     */
    public record RostrumArranged(UUID sessionId, UUID meetingId, long version, RostrumSeating.Side side,
            RostrumSeating.EvenCount evenCount, List<Row> rows) {
    }

    public record Row(int row, List<Seat> seats) {
    }

    public record Seat(int position, UUID attendeeId, String name, int rank, boolean pinned) {
    }

    public void rostrumArranged(RostrumArranged rostrum) {
        outbox.publish(TOPIC, ROSTRUM_ARRANGED, rostrum.sessionId().toString(), rostrum);
    }

    /**
     * The data of seat-assigned and seat-unassigned: registration's {@code Arrangements.Seat} (meetingId, attendeeId,
     * sessionId, seatLabel) and where the seat is. Schema: {@code SeatArrangement} in {@code asyncapi/asyncapi.yaml}.
     *
     * @param sessionId      null for the meeting's standing layout
     * @param previousSeatId seat-assigned by a move or swap: the seat the person left
     */
    public record SeatHeld(UUID meetingId, UUID attendeeId, UUID sessionId, String seatLabel, String seatId,
            UUID hallId, String hall, int floor, String block, int row, int number, String previousSeatId) {
    }

    public void seatAssigned(SeatHeld seat) {
        outbox.publish(TOPIC, SEAT_ASSIGNED, seat.attendeeId().toString(), seat);
    }

    public void seatUnassigned(SeatHeld seat) {
        outbox.publish(TOPIC, SEAT_UNASSIGNED, seat.attendeeId().toString(), seat);
    }
}
