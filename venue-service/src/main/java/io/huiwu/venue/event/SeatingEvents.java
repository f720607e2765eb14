package io.huiwu.venue.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.venue.domain.RostrumSeating;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Publishes seating on topic {@value #TOPIC}, keyed by session id: {@code rostrum-arranged} when a session's rostrum
 * is arranged or arranged again. Registration prints the 座次证 from it; documents write the host's script.
 */
@ApplicationScoped
public class SeatingEvents {

    public static final String TOPIC = "venue.seating";
    public static final String ROSTRUM_ARRANGED = "rostrum-arranged";

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
}
