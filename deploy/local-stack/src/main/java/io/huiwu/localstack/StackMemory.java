package io.huiwu.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The memory the stack uses: the proportional set size (PSS) of every process of it and their children, so that
 * memory shared between processes (PostgreSQL's shared buffers) is counted once. Linux only.
 */
public final class StackMemory {

    private StackMemory() {
    }

    /** Total PSS in kibibytes, or -1 where /proc cannot be read. */
    public static long totalKib(List<Long> pids) {
        Set<Long> all = new LinkedHashSet<>();
        for (long pid : pids) {
            all.add(pid);
            ProcessHandle.of(pid).ifPresent(handle -> handle.descendants().forEach(child -> all.add(child.pid())));
        }
        long total = 0;
        for (long pid : all) {
            long pss = pssKib(pid);
            if (pss < 0) {
                return -1;
            }
            total += pss;
        }
        return total;
    }

    private static long pssKib(long pid) {
        Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
        try {
            for (String line : Files.readAllLines(rollup)) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return Files.exists(Path.of("/proc", Long.toString(pid))) ? -1 : 0;
        }
    }
}
