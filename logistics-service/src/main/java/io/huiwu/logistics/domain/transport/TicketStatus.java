package io.huiwu.logistics.domain.transport;

import java.util.Set;

/**
 * Where a return ticket (返程票) stands. A booking moves forward only, REQUESTED (asked of the ticket office),
 * BOOKED (seat held), ISSUED (ticket in hand), or is CANCELLED from any of them; a cancelled booking never comes
 * back: the person gets a new booking instead.
 */
public enum TicketStatus {
    REQUESTED("待订"),
    BOOKED("已订"),
    ISSUED("已出票"),
    CANCELLED("已取消");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a booking in this status may become {@code next} (staying as it is counts). */
    public boolean canBecome(TicketStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case REQUESTED -> Set.of(BOOKED, ISSUED, CANCELLED).contains(next);
            case BOOKED -> Set.of(ISSUED, CANCELLED).contains(next);
            case ISSUED -> next == CANCELLED;
            case CANCELLED -> false;
        };
    }
}
