package io.huiwu.venue.domain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** Times a piece of the seating benchmarks: wall-clock time, and the CPU time of the thread, which waiting hides. */
final class BenchmarkTimer {

    private BenchmarkTimer() {
    }

    /** Runs {@code run} {@code warmup} times untimed, then {@code rounds} times, and prints the spread. */
    static void time(String what, int warmup, int rounds, Runnable run) {
        for (int i = 0; i < warmup; i++) {
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
        System.out.printf("%s: median %.3f ms, p99 %.3f ms, max %.3f ms; CPU median %.3f ms, max %.3f ms"
                + " (%d rounds)%n", what, nanos[rounds / 2] / 1e6, nanos[rounds * 99 / 100] / 1e6,
                nanos[rounds - 1] / 1e6, cpu[rounds / 2] / 1e6, cpu[rounds - 1] / 1e6, rounds);
    }
}
