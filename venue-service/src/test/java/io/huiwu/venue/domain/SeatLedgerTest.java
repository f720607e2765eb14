package io.huiwu.venue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatLedgerTest {

    private static final Set<String> SEATS = Set.of("A1", "A2", "A3", "A4");
    private static final UUID ONE = UUID.randomUUID();
    private static final UUID TWO = UUID.randomUUID();

    private static SeatLedger.Operation op(SeatLedger.Action action, String seat, String to, UUID person,
            UUID expected) {
        return new SeatLedger.Operation(action, seat, to, person, expected, false);
    }

    @Test
    void operationsApplyInOrderAndLaterOnesSeeEarlierOnes() {
        SeatLedger.Result result = SeatLedger.apply(SEATS, Set.of(), Map.of(), List.of(
                op(SeatLedger.Action.ASSIGN, "A1", null, ONE, null),
                op(SeatLedger.Action.MOVE, "A1", "A2", null, ONE),
                op(SeatLedger.Action.ASSIGN, "A1", null, TWO, null),
                op(SeatLedger.Action.SWAP, "A1", "A2", null, TWO)));
        assertTrue(result.applied());
        assertEquals(Map.of("A1", ONE, "A2", TWO), result.holders());
        assertEquals(6, result.changes().size());
    }

    @Test
    void anyFaultLeavesTheHoldersAsTheyWere() {
        Map<String, UUID> before = Map.of("A1", ONE);
        SeatLedger.Result result = SeatLedger.apply(SEATS, Set.of("A4"), before, List.of(
                op(SeatLedger.Action.RELEASE, "A1", null, null, TWO),
                op(SeatLedger.Action.ASSIGN, "A4", null, TWO, null),
                op(SeatLedger.Action.ASSIGN, "A2", null, ONE, null),
                op(SeatLedger.Action.RELEASE, "A3", null, null, null)));
        assertFalse(result.applied());
        assertEquals(before, result.holders());
        assertEquals(List.of("operations[0].seatId", "operations[1].seatId", "operations[2].attendeeId",
                "operations[3].seatId"), result.faults().stream().map(SeatLedger.Fault::field).toList());
        assertTrue(result.faults().stream().allMatch(SeatLedger.Fault::conflict));
        assertTrue(result.changes().isEmpty());
    }
}
