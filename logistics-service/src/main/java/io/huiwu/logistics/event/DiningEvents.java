package io.huiwu.logistics.event;

import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@code table-assigned} and {@code table-unassigned} on topic {@value #TOPIC}, keyed by attendee id,
 * through the outbox. registration reads meetingId, attendeeId, hall, table and seat for its readiness check (its
 * {@code TableArrangement}); the rest is for the attendee's own view and the kitchen. Schema: {@code TableAssignment}
 * in {@code asyncapi/asyncapi.yaml}.
 */
@ApplicationScoped
public class DiningEvents {

    public static final String TOPIC = "logistics.dining";
    public static final String ASSIGNED = "table-assigned";
    public static final String UNASSIGNED = "table-unassigned";

    private final Outbox outbox;

    public DiningEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The data of table-assigned and table-unassigned (for an unassignment: the seat given up).
     *
     * @param table the table's number, as text ("12")
     * @param seat the seat's number at the table, which is its rank there (1 the host's), as text
     * @param position where the seat is: HOST, SECOND_HOST, HOST_RIGHT_n, HOST_LEFT_n
     * @param diet the person's diets, codes as registration's
     * @param rule why they sit there (PINNED for a seat given by hand)
     */
    public record TableAssignment(UUID meetingId, UUID attendeeId, UUID mealId, LocalDate day, String meal,
            String service, UUID hallId, String hall, UUID tableId, String table, boolean mainTable, String seat,
            String position, List<String> diet, String rule, boolean pinned) {
    }

    public void assigned(TableAssignment assignment) {
        outbox.publish(TOPIC, ASSIGNED, assignment.attendeeId().toString(), assignment);
    }

    public void unassigned(TableAssignment assignment) {
        outbox.publish(TOPIC, UNASSIGNED, assignment.attendeeId().toString(), assignment);
    }
}
