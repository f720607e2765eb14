package io.huiwu.venue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: times {@link RostrumSeating} for a rostrum of 50 people in three rows (15, 17 and 18 seats, the front
 * row highest), two of them pinned by hand, under each side policy and each rule for an even count. docs/benchmarks.md
 * has the command and the figures.
 */
public final class RostrumSeatingBenchmark {

    private RostrumSeatingBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> byRank = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            byRank.add("主席台" + i);
        }
        List<Integer> rows = List.of(15, 17, 18);
        Map<String, RostrumSeating.Pin> pinned = Map.of("主席台7", new RostrumSeating.Pin(1, 1),
                "主席台30", new RostrumSeating.Pin(3, 18));
        for (RostrumSeating.Side side : RostrumSeating.Side.values()) {
            for (RostrumSeating.EvenCount even : RostrumSeating.EvenCount.values()) {
                RostrumSeating.Policy policy = new RostrumSeating.Policy(side, even);
                List<RostrumSeating.Row<String>> arranged = RostrumSeating.arrange(byRank, rows, pinned, policy);
                int seated = arranged.stream().mapToInt(r -> (int) r.seats().stream()
                        .filter(s -> s.person() != null).count()).sum();
                if (seated != 50) {
                    throw new IllegalStateException(seated + " of 50 seated");
                }
                BenchmarkTimer.time("rostrum of 50 in 3 rows, 2 pinned, " + side + ", " + even, 2_000, rounds,
                        () -> RostrumSeating.arrange(byRank, rows, pinned, policy));
            }
        }
    }
}
