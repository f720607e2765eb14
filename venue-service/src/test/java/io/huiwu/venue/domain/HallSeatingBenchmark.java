package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Not a test: times {@link HallSeating} on a 10,000-seat hall (40 delegation blocks, 3 zones) planned from nothing,
 * and a late change (one withdrawal, one addition) on a 5,000-seat hall seated for 4,300 people (14% of the seats
 * spare, so that the first plan seats everyone, as a hall is booked in practice). docs/benchmarks.md has the command
 * and the figures.
 */
public final class HallSeatingBenchmark {

    private HallSeatingBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<HallSeating.Seat> hall = seats(2, 50, 100);
        List<HallSeating.Person> big = people(9_600, 40);
        for (HallSeating.BlockLayout layout : HallSeating.BlockLayout.values()) {
            HallSeating.Policy policy = policy(layout);
            BenchmarkTimer.time("plan 10,000 seats, 9,600 people, 40 delegations, 3 zones, " + layout, 5, rounds,
                    () -> HallSeating.plan(new HallSeating.Input(hall, Set.of(), big, List.of(), Map.of(), Map.of(),
                            List.of(), policy)));
        }
        List<HallSeating.Seat> smaller = seats(1, 50, 100);
        List<HallSeating.Person> seated = people(4_300, 40);
        HallSeating.Policy policy = policy(HallSeating.BlockLayout.FRONT_TO_BACK);
        HallSeating.Plan applied = HallSeating.plan(new HallSeating.Input(smaller, Set.of(), seated, List.of(),
                Map.of(), Map.of(), List.of(), policy));
        if (!applied.unseated().isEmpty()) {
            throw new IllegalStateException(applied.unseated().size() + " people left unseated by the first plan");
        }
        Map<String, UUID> holders = new HashMap<>();
        applied.placements().stream().filter(p -> p.attendeeId() != null).forEach(p -> holders.put(p.seatId(),
                p.attendeeId()));
        List<HallSeating.Person> changed = new ArrayList<>(seated);
        HallSeating.Person gone = changed.get(1234);
        changed.set(1234, new HallSeating.Person(gone.id(), gone.name(), gone.category(), gone.delegation(),
                gone.rank(), gone.role(), gone.strokeKey(), true));
        changed.add(new HallSeating.Person(new UUID(2, 0), "新增", "ATTENDEE", "团07", 50, "MEMBER", "0003", false));
        HallSeating.Plan[] late = new HallSeating.Plan[1];
        BenchmarkTimer.time("late change on 5,000 seats, 4,300 seated (1 withdrawal, 1 addition), FRONT_TO_BACK", 5,
                rounds,
                () -> late[0] = HallSeating.plan(new HallSeating.Input(smaller, Set.of(), changed, List.of(),
                        Map.of(), holders, applied.placements(), policy)));
        System.out.printf("  late change: %d moved, %d added, %d leaving%n", late[0].moves().size(),
                late[0].added().size(), late[0].leaving().size());
    }

    private static HallSeating.Policy policy(HallSeating.BlockLayout layout) {
        HallSeating.Policy d = HallSeating.Policy.DEFAULT;
        return new HallSeating.Policy(d.zones(), d.zonePlacement(), layout, d.firstSide(), d.withinBlock(),
                d.absence(), d.replan());
    }

    private static List<HallSeating.Seat> seats(int floors, int rows, int columns) {
        List<HallSeating.Seat> seats = new ArrayList<>();
        for (int f = 1; f <= floors; f++) {
            for (int r = 1; r <= rows; r++) {
                for (int c = 1; c <= columns; c++) {
                    seats.add(new HallSeating.Seat(SeatGrid.id(f, r, c), f, r, c));
                }
            }
        }
        return seats;
    }

    /** People in 3 categories (zones) and {@code delegations} delegations, two leaders each. */
    private static List<HallSeating.Person> people(int count, int delegations) {
        List<HallSeating.Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String category = i % 10 < 7 ? "ATTENDEE" : i % 10 < 9 ? "NON_VOTING" : "STAFF";
            String delegation = category.equals("STAFF") ? null : String.format("团%02d", i % delegations);
            String role = i < 2 * delegations ? (i < delegations ? "LEADER" : "DEPUTY_LEADER") : "MEMBER";
            people.add(new HallSeating.Person(new UUID(1, i), "人" + i, category, delegation, 1 + i % 90, role,
                    String.format("%08x", (i * 2_654_435_761L) & 0xffffffffL), false));
        }
        return people;
    }
}
