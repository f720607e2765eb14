package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Seats the rostrum (主席台) by protocol: DOMAIN.md, "Protocol rules: Rostrum", and research domain-rules.md R1-R7.
 *
 * <ul>
 *   <li>Front rows rank above back rows: people fill the rows front first, in rank order, each row up to its
 *       seats; each row is laid out on its own, centred (R1).</li>
 *   <li>{@link Side#LEFT_IS_HIGHER 左为上} (the default, domestic government meetings): "left" is the seated
 *       leader's own left, the audience's right. 1 in the centre, 2 on 1's left, 3 on 1's right, alternating
 *       outwards; from the audience's left: the odd ranks descending, then the even ranks ascending
 *       ({@code 7 5 3 1 2 4 6}, {@code 7 5 3 1 2 4 6 8}) (R2-R4).</li>
 *   <li>{@link Side#RIGHT_IS_HIGHER 右为上} (foreign affairs, business): the mirror image ({@code 4 2 1 3 5},
 *       {@code 4 2 1 3}) (R5, R7).</li>
 *   <li>For an even count, 1 and 2 {@link EvenCount#SHARE_THE_CENTRE share the two centre seats} (the default), or
 *       {@link EvenCount#ONE_ON_THE_AXIS 双数单摆}: 1 alone on the centre axis and the rest alternating as for an
 *       odd count; the order is the same, the row lopsided (R6).</li>
 *   <li>People pinned by hand keep their seat; the others fill the remaining seats in rank order.</li>
 * </ul>
 * The same input always gives the same arrangement.
 */
public final class RostrumSeating {

    /** Which side of the leader ranks higher. */
    public enum Side {
        /** 左为上: the leader's own left, the audience's right (default). */
        LEFT_IS_HIGHER,
        /** 右为上: the mirror image. */
        RIGHT_IS_HIGHER
    }

    /** How a row with an even number of people is centred. */
    public enum EvenCount {
        /** 1 and 2 share the two centre seats (default). */
        SHARE_THE_CENTRE,
        /** 双数单摆: 1 alone on the centre axis. */
        ONE_ON_THE_AXIS
    }

    /** The organiser's choice of rules; {@link #DEFAULT} is the mainstream one. */
    public record Policy(Side side, EvenCount evenCount) {
        public static final Policy DEFAULT = new Policy(Side.LEFT_IS_HIGHER, EvenCount.SHARE_THE_CENTRE);

        public Policy {
            Objects.requireNonNull(side);
            Objects.requireNonNull(evenCount);
        }
    }

    /** A seat given by hand: the row (1 is the front) and the place in it from the audience's left (from 1). */
    public record Pin(int row, int position) {
    }

    /**
     * A seat of the arrangement.
     *
     * @param position   from the audience's left, from 1
     * @param axisOffset distance from the row's centre axis in half seats, positive towards the audience's right:
     *                   1 and 2 sharing the centre sit at -1 and +1; a person on the axis at 0
     * @param rank       the person's rank among everyone on the rostrum, 1 the highest
     * @param rule       why the person sits there, for people to read
     */
    public record Seat<P>(int position, int axisOffset, P person, int rank, boolean pinned, String rule) {
    }

    /** A row from the audience's left to right; row 1 is the front. */
    public record Row<P>(int row, List<Seat<P>> seats) {
    }

    /** Why an arrangement cannot be made. */
    public enum Reason {
        /** A row has no seat. */
        EMPTY_ROW,
        /** More people than seats. */
        TOO_MANY_PEOPLE,
        /** Someone is listed twice. */
        LISTED_TWICE,
        /** A pinned person is not among those to seat. */
        PIN_NOT_LISTED,
        /** A pin names a row or seat that is not occupied. */
        PIN_OUTSIDE,
        /** Two people are pinned to one seat. */
        PIN_TAKEN
    }

    /** An arrangement refused, with the reason and the person or row it concerns (null when none). */
    public static final class Refused extends IllegalArgumentException {
        private final Reason reason;
        private final transient Object subject;

        Refused(Reason reason, Object subject, String message) {
            super(message);
            this.reason = reason;
            this.subject = subject;
        }

        public Reason reason() {
            return reason;
        }

        /** The person (listed twice or pinned) or the row number (an empty row) the refusal is about. */
        public Object subject() {
            return subject;
        }
    }

    private RostrumSeating() {
    }

    /**
     * Arranges people given in rank order (the first ranks highest) on rows of the given sizes (front first).
     *
     * @throws IllegalArgumentException when there are more people than seats, a row size is not positive, a person
     *                                  is listed twice, or a pin names a seat that is not there or is pinned twice
     */
    public static <P> List<Row<P>> arrange(List<P> byRank, List<Integer> rowSizes, Map<P, Pin> pinned,
            Policy policy) {
        int capacity = 0;
        for (int r = 0; r < rowSizes.size(); r++) {
            if (rowSizes.get(r) < 1) {
                throw new Refused(Reason.EMPTY_ROW, r + 1, "every row has at least one seat");
            }
            capacity += rowSizes.get(r);
        }
        if (byRank.size() > capacity) {
            throw new Refused(Reason.TOO_MANY_PEOPLE, null, byRank.size() + " people do not fit the rostrum's "
                    + capacity + " seats");
        }
        Set<P> seen = new HashSet<>();
        for (P person : byRank) {
            if (!seen.add(person)) {
                throw new Refused(Reason.LISTED_TWICE, person, "a person is listed twice");
            }
        }
        int[] counts = new int[rowSizes.size()];
        int left = byRank.size();
        for (int r = 0; r < counts.length; r++) {
            counts[r] = Math.min(rowSizes.get(r), left);
            left -= counts[r];
        }
        List<List<Integer>> priorities = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int count : counts) {
            priorities.add(priorityOrder(count, policy));
            rows.add(new Object[count]);
        }
        Set<P> placed = new HashSet<>();
        Map<P, Integer> ranks = new HashMap<>();
        for (int i = 0; i < byRank.size(); i++) {
            ranks.put(byRank.get(i), i + 1);
        }
        for (Map.Entry<P, Pin> pin : pinned.entrySet()) {
            Pin at = pin.getValue();
            if (!ranks.containsKey(pin.getKey())) {
                throw new Refused(Reason.PIN_NOT_LISTED, pin.getKey(), "a pinned person is not among those to seat");
            }
            if (at.row() < 1 || at.row() > counts.length || at.position() < 1 || at.position() > counts[at.row() - 1]) {
                throw new Refused(Reason.PIN_OUTSIDE, pin.getKey(), "row " + at.row() + " has no occupied seat "
                        + at.position());
            }
            Object[] row = rows.get(at.row() - 1);
            if (row[at.position() - 1] != null) {
                throw new Refused(Reason.PIN_TAKEN, pin.getKey(), "row " + at.row() + " seat " + at.position()
                        + " is pinned twice");
            }
            row[at.position() - 1] = pin.getKey();
            placed.add(pin.getKey());
        }
        int r = 0;
        int next = 0;
        for (P person : byRank) {
            if (placed.contains(person)) {
                continue;
            }
            while (true) {
                if (next == counts[r]) {
                    r++;
                    next = 0;
                    continue;
                }
                int position = priorities.get(r).get(next++);
                if (rows.get(r)[position - 1] == null) {
                    rows.get(r)[position - 1] = person;
                    break;
                }
            }
        }
        List<Row<P>> result = new ArrayList<>();
        for (int row = 0; row < counts.length; row++) {
            List<Seat<P>> seats = new ArrayList<>();
            for (int position = 1; position <= counts[row]; position++) {
                @SuppressWarnings("unchecked")
                P person = (P) rows.get(row)[position - 1];
                boolean pin = pinned.containsKey(person);
                seats.add(new Seat<>(position, axisOffset(position, counts[row], policy), person, ranks.get(person),
                        pin, pin ? "pinned by hand" : rule(policy, counts[row])));
            }
            result.add(new Row<>(row + 1, List.copyOf(seats)));
        }
        return List.copyOf(result);
    }

    /**
     * The positions (from the audience's left, from 1) of a row of {@code count} people, highest rank's first:
     * under 左为上 the odd ranks descending then the even ranks ascending, mirrored under 右为上.
     */
    static List<Integer> priorityOrder(int count, Policy policy) {
        List<Integer> fromLeft = new ArrayList<>();
        for (int rank = count % 2 == 1 ? count : count - 1; rank >= 1; rank -= 2) {
            fromLeft.add(rank);
        }
        for (int rank = 2; rank <= count; rank += 2) {
            fromLeft.add(rank);
        }
        if (policy.side() == Side.RIGHT_IS_HIGHER) {
            Collections.reverse(fromLeft);
        }
        Integer[] positions = new Integer[count];
        for (int i = 0; i < count; i++) {
            positions[fromLeft.get(i) - 1] = i + 1;
        }
        return List.of(positions);
    }

    /** Where a position sits from the centre axis, in half seats (see {@link Seat}). */
    private static int axisOffset(int position, int count, Policy policy) {
        int centred = 2 * position - count - 1;
        if (count % 2 == 1 || policy.evenCount() == EvenCount.SHARE_THE_CENTRE) {
            return centred;
        }
        // 双数单摆: rank 1's seat is on the axis; the row sticks out by one seat on rank 2's side
        int first = priorityOrder(count, policy).get(0);
        return 2 * (position - first);
    }

    private static String rule(Policy policy, int count) {
        String side = policy.side() == Side.LEFT_IS_HIGHER ? "左为上" : "右为上";
        if (count % 2 == 1) {
            return side + ", odd count: 1 in the centre";
        }
        return policy.evenCount() == EvenCount.SHARE_THE_CENTRE ? side + ", even count: 1 and 2 share the centre"
                : side + ", 双数单摆: 1 on the centre axis";
    }
}
