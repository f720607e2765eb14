package io.huiwu.systemtests;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./run --demo} as a newcomer uses it: once, and again the next morning on the same data folder. The second
 * run finds the demo and leaves it, and neither ends in a stack trace.
 */
class RunCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("huiwu.root", "..")).toAbsolutePath().normalize();

    @Test
    void theDemoIsLoadedOnceAndASecondRunLeavesIt() throws Exception {
        Path data = Path.of("target", "run-twice").toAbsolutePath();
        RunningStack.deleteRecursively(data);
        int ports = freeRange();

        List<String> first = runUntilReady(data, ports);
        assertTrue(first.stream().anyMatch(line -> line.contains("Demo roster: 300 people")), String.join("\n", first));
        String meeting = Files.readString(data.resolve("demo-meeting")).strip();

        List<String> second = runUntilReady(data, ports);
        assertTrue(second.stream().anyMatch(line -> line.contains(meeting) && line.contains("loaded before")),
                String.join("\n", second));
        assertFalse(second.stream().anyMatch(line -> line.contains("Loading the demo")), String.join("\n", second));
        assertEquals(meeting, Files.readString(data.resolve("demo-meeting")).strip());
    }

    /** Starts ./run --demo, waits until it says the stack is ready, then stops it; returns everything it printed. */
    private static List<String> runUntilReady(Path data, int ports) throws Exception {
        Process run = new ProcessBuilder("./run", "--demo", "--data", data.toString(), "--ports",
                Integer.toString(ports)).directory(ROOT.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.contains("All four services are ready")) {
                    break;
                }
            }
            Process stop = new ProcessBuilder("./run", "stop", "--data", data.toString()).directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            assertTrue(stop.waitFor(120, TimeUnit.SECONDS), "./run stop returned");
            assertTrue(run.waitFor(120, TimeUnit.SECONDS), "./run ended after ./run stop");
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            run.destroyForcibly();
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("All four services are ready")),
                "the stack became ready:\n" + String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception in thread")),
                "no stack trace:\n" + String.join("\n", lines));
        return lines;
    }

    /** The first of 16 ports that are free now. */
    private static int freeRange() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first;
            try (ServerSocket socket = new ServerSocket(0)) {
                first = socket.getLocalPort();
            }
            if (first > 65_000) {
                continue;
            }
            boolean free = true;
            for (int port = first; port < first + 16 && free; port++) {
                try (ServerSocket probe = new ServerSocket(port)) {
                    probe.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no range of 16 free ports");
    }
}
