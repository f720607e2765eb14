package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The seats of one layout (a session's seating or the meeting's standing layout) and who holds them: a batch of
 * operations is applied in order to a copy, and either every one of them applies or none does. Each fault names the
 * operation by its index and the field it concerns; an operation may carry the holder it expects the seat to have
 * (compare-and-set), which is checked against the seat as the operations before it in the batch left it.
 */
public final class SeatLedger {

    private SeatLedger() {
    }

    public enum Action { ASSIGN, MOVE, SWAP, RELEASE }

    /**
     * One operation. ASSIGN seats {@code attendeeId} on {@code seatId}; MOVE takes the holder of {@code seatId} to
     * {@code toSeatId}; SWAP exchanges the holders of {@code seatId} and {@code toSeatId}; RELEASE empties
     * {@code seatId}. {@code expectedHolder} or {@code expectVacant} is what {@code seatId} must be before it.
     */
    public record Operation(Action action, String seatId, String toSeatId, UUID attendeeId, UUID expectedHolder,
            boolean expectVacant) {
    }

    /** A fault: a bad request ({@code conflict} false) or one the seats' state refuses. */
    public record Fault(String field, boolean conflict, String english, String chinese) {
    }

    /** A seat whose holder changed, by the operation at {@code index}: before and after (null when vacant). */
    public record Change(int index, Action action, String seatId, UUID before, UUID after) {
    }

    public record Result(List<Change> changes, List<Fault> faults, Map<String, UUID> holders) {
        public boolean applied() {
            return faults.isEmpty();
        }
    }

    /**
     * Applies the operations to the holders (seat id to person) of a layout.
     *
     * @param seats   the seats of the published map
     * @param blocked the seats out of use
     */
    public static Result apply(Set<String> seats, Set<String> blocked, Map<String, UUID> holders,
            List<Operation> operations) {
        Map<String, UUID> held = new HashMap<>(holders);
        Map<UUID, String> seatOf = new HashMap<>();
        held.forEach((seat, person) -> seatOf.put(person, seat));
        List<Change> changes = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            String at = "operations[" + i + "].";
            List<Fault> found = new ArrayList<>();
            shape(op, at, seats, found);
            if (found.isEmpty()) {
                expected(op, at, held, found);
            }
            if (found.isEmpty()) {
                rules(op, at, blocked, held, seatOf, found);
            }
            if (found.isEmpty()) {
                perform(i, op, held, seatOf, changes);
            }
            faults.addAll(found);
        }
        return new Result(faults.isEmpty() ? changes : List.of(), faults, faults.isEmpty() ? held : holders);
    }

    private static void shape(Operation op, String at, Set<String> seats, List<Fault> found) {
        if (op.action() == null) {
            found.add(bad(at + "action", "must be ASSIGN, MOVE, SWAP or RELEASE", "须为 ASSIGN、MOVE、SWAP 或 RELEASE"));
            return;
        }
        onMap(op.seatId(), at + "seatId", seats, found);
        boolean pair = op.action() == Action.MOVE || op.action() == Action.SWAP;
        if (pair) {
            onMap(op.toSeatId(), at + "toSeatId", seats, found);
            if (op.toSeatId() != null && op.toSeatId().equals(op.seatId())) {
                found.add(bad(at + "toSeatId", "is the same seat as seatId", "与 seatId 是同一座位"));
            }
        } else if (op.toSeatId() != null) {
            found.add(bad(at + "toSeatId", "is only for MOVE and SWAP", "仅用于 MOVE 和 SWAP"));
        }
        if (op.action() == Action.ASSIGN && op.attendeeId() == null) {
            found.add(bad(at + "attendeeId", "must name the person to seat", "须指明就座人员"));
        } else if (op.action() != Action.ASSIGN && op.attendeeId() != null) {
            found.add(bad(at + "attendeeId", "is only for ASSIGN: the other operations act on the seat's holder",
                    "仅用于 ASSIGN：其他操作作用于该座位的现有人员"));
        }
        if (op.expectVacant() && op.expectedHolder() != null) {
            found.add(bad(at + "expectVacant", "cannot be asked together with expectedHolder",
                    "不能与 expectedHolder 同时使用"));
        }
    }

    private static void onMap(String seat, String field, Set<String> seats, List<Fault> found) {
        if (seat == null || seat.isBlank()) {
            found.add(bad(field, "must name a seat", "须指明座位"));
        } else if (!seats.contains(seat)) {
            found.add(bad(field, seat + " is not a seat of the published seat map",
                    seat + " 不是已发布座位图中的座位"));
        }
    }

    private static void expected(Operation op, String at, Map<String, UUID> held, List<Fault> found) {
        UUID holder = held.get(op.seatId());
        if (op.expectedHolder() != null && !op.expectedHolder().equals(holder)) {
            found.add(conflict(at + "seatId", "Seat " + op.seatId() + " has changed: it is " + holderText(holder)
                    + ", not held by " + op.expectedHolder() + " as expected", "座位 " + op.seatId() + " 已变动：现为"
                    + holderChinese(holder) + "，而非预期的 " + op.expectedHolder()));
        } else if (op.expectVacant() && holder != null) {
            found.add(conflict(at + "seatId", "Seat " + op.seatId() + " has changed: it is held by " + holder
                    + ", not vacant as expected", "座位 " + op.seatId() + " 已变动：现由 " + holder + " 占用，而非预期的空位"));
        }
    }

    private static void rules(Operation op, String at, Set<String> blocked, Map<String, UUID> held,
            Map<UUID, String> seatOf, List<Fault> found) {
        UUID holder = held.get(op.seatId());
        switch (op.action()) {
            case ASSIGN -> {
                if (holder != null && !holder.equals(op.attendeeId())) {
                    found.add(conflict(at + "seatId", "Seat " + op.seatId() + " is held by " + holder,
                            "座位 " + op.seatId() + " 已由 " + holder + " 占用"));
                } else if (holder == null && blocked.contains(op.seatId())) {
                    found.add(blockedSeat(at + "seatId", op.seatId()));
                }
                String other = seatOf.get(op.attendeeId());
                if (other != null && !other.equals(op.seatId())) {
                    found.add(conflict(at + "attendeeId", op.attendeeId() + " already holds seat " + other
                            + " in this layout: move them instead", op.attendeeId() + " 在本座次中已有座位 " + other
                            + "：请改用 MOVE"));
                }
            }
            case MOVE -> {
                vacant(at + "seatId", op.seatId(), holder, found);
                UUID there = held.get(op.toSeatId());
                if (there != null) {
                    found.add(conflict(at + "toSeatId", "Seat " + op.toSeatId() + " is held by " + there,
                            "座位 " + op.toSeatId() + " 已由 " + there + " 占用"));
                } else if (blocked.contains(op.toSeatId())) {
                    found.add(blockedSeat(at + "toSeatId", op.toSeatId()));
                }
            }
            case SWAP -> {
                vacant(at + "seatId", op.seatId(), holder, found);
                vacant(at + "toSeatId", op.toSeatId(), held.get(op.toSeatId()), found);
                if (blocked.contains(op.seatId())) {
                    found.add(blockedSeat(at + "seatId", op.seatId()));
                }
                if (blocked.contains(op.toSeatId())) {
                    found.add(blockedSeat(at + "toSeatId", op.toSeatId()));
                }
            }
            case RELEASE -> vacant(at + "seatId", op.seatId(), holder, found);
            default -> throw new IllegalStateException("unknown action " + op.action());
        }
    }

    private static void perform(int index, Operation op, Map<String, UUID> held, Map<UUID, String> seatOf,
            List<Change> changes) {
        UUID holder = held.get(op.seatId());
        switch (op.action()) {
            case ASSIGN -> {
                if (!op.attendeeId().equals(holder)) {
                    put(held, seatOf, op.seatId(), op.attendeeId());
                    changes.add(new Change(index, op.action(), op.seatId(), null, op.attendeeId()));
                }
            }
            case MOVE -> {
                put(held, seatOf, op.seatId(), null);
                put(held, seatOf, op.toSeatId(), holder);
                changes.add(new Change(index, op.action(), op.seatId(), holder, null));
                changes.add(new Change(index, op.action(), op.toSeatId(), null, holder));
            }
            case SWAP -> {
                UUID other = held.get(op.toSeatId());
                put(held, seatOf, op.seatId(), other);
                put(held, seatOf, op.toSeatId(), holder);
                changes.add(new Change(index, op.action(), op.seatId(), holder, other));
                changes.add(new Change(index, op.action(), op.toSeatId(), other, holder));
            }
            case RELEASE -> {
                put(held, seatOf, op.seatId(), null);
                changes.add(new Change(index, op.action(), op.seatId(), holder, null));
            }
            default -> throw new IllegalStateException("unknown action " + op.action());
        }
    }

    private static void put(Map<String, UUID> held, Map<UUID, String> seatOf, String seat, UUID person) {
        UUID before = held.remove(seat);
        if (before != null && Objects.equals(seatOf.get(before), seat)) {
            seatOf.remove(before);
        }
        if (person != null) {
            held.put(seat, person);
            seatOf.put(person, seat);
        }
    }

    private static void vacant(String field, String seat, UUID holder, List<Fault> found) {
        if (holder == null) {
            found.add(conflict(field, "Seat " + seat + " is vacant", "座位 " + seat + " 无人占用"));
        }
    }

    private static Fault blockedSeat(String field, String seat) {
        return conflict(field, "Seat " + seat + " is blocked", "座位 " + seat + " 已封存");
    }

    private static String holderText(UUID holder) {
        return holder == null ? "vacant" : "held by " + holder;
    }

    private static String holderChinese(UUID holder) {
        return holder == null ? "空位" : "由 " + holder + " 占用";
    }

    private static Fault bad(String field, String english, String chinese) {
        return new Fault(field, false, english, chinese);
    }

    private static Fault conflict(String field, String english, String chinese) {
        return new Fault(field, true, english, chinese);
    }
}
