package io.huiwu.venue.domain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
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
                time("rostrum of 50 in 3 rows, 2 pinned, " + side + ", " + even, rounds,
                        () -> RostrumSeating.arrange(byRank, rows, pinned, policy));
            }
        }
    }

    private static void time(String what, int rounds, Runnable run) {
        for (int i = 0; i < 2_000; i++) {
            run.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            run.run();
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%s: median %.3f ms, p99 %.3f ms, max %.3f ms; CPU median %.3f ms (%d rounds)%n", what,
                nanos[rounds / 2] / 1e6, nanos[rounds * 99 / 100] / 1e6, nanos[rounds - 1] / 1e6,
                cpu[rounds / 2] / 1e6, rounds);
    }
}
